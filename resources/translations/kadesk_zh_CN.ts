<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="47"/>
        <source>Legal name</source>
        <translation>公司全称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="48"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="49"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="50"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="52"/>
        <source>Headquarters city</source>
        <translation>总部所在城市</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="53"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="54"/>
        <source>Account type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="56"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="57"/>
        <source>Relationship stage</source>
        <translation>关系阶段</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="59"/>
        <source>Buying stage</source>
        <translation>采购阶段</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="61"/>
        <source>Annual revenue with us</source>
        <translation>年度合作营收</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="64"/>
        <source>Monthly contribution</source>
        <translation>月度贡献</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="65"/>
        <source>Cooperation since</source>
        <translation>合作起始日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="67"/>
        <source>Business model</source>
        <translation>业务模式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="69"/>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="70"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="71"/>
        <source>Owner (rep)</source>
        <translation>负责人（销售代表）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="72"/>
        <source>Service model</source>
        <translation>服务模式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="75"/>
        <source>Volume</source>
        <translation>业务量</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="75"/>
        <source>What they buy</source>
        <translation>采购内容</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="76"/>
        <source>Special operations</source>
        <translation>特殊操作要求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="77"/>
        <source>Financial needs</source>
        <translation>财务需求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="77"/>
        <source>Unmet needs</source>
        <translation>未满足的需求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="78"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="78"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="36"/>
        <source>Profile</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="37"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="38"/>
        <source>Contact map</source>
        <translation>关系图</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="39"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="40"/>
        <source>Proposals</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="67"/>
        <source>{name} (in trash)</source>
        <translation>{name}（已在回收站）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="72"/>
        <source>last visit {date}</source>
        <translation>最近拜访 {date}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="75"/>
        <source>follow-up {date}</source>
        <translation>跟进 {date}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="72"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="73"/>
        <source>Visit log</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="84"/>
        <location filename="../../kadesk/ui/agenda.py" line="152"/>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="86"/>
        <location filename="../../kadesk/ui/agenda.py" line="101"/>
        <location filename="../../kadesk/ui/agenda.py" line="147"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="87"/>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="89"/>
        <source>Visited</source>
        <translation>拜访日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="91"/>
        <location filename="../../kadesk/ui/agenda.py" line="148"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="93"/>
        <location filename="../../kadesk/ui/agenda.py" line="106"/>
        <location filename="../../kadesk/ui/agenda.py" line="150"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="102"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="103"/>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="104"/>
        <source>never</source>
        <translation>从未拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="105"/>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="112"/>
        <source>Mark follow-up done</source>
        <translation>标记跟进完成</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="145"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="151"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="163"/>
        <source>All reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="165"/>
        <source>All kinds</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="169"/>
        <source>Account: name, pinyin, initials…</source>
        <translation>客户：名称、拼音、首字母…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="173"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="173"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="216"/>
        <source>Follow-ups due today</source>
        <translation>今日待跟进</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="219"/>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="222"/>
        <source>Accounts past their visit cadence ({cadence} days)</source>
        <translation>超过拜访周期的客户（{cadence} 天）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="241"/>
        <source>{n} visits</source>
        <translation>{n} 次拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="241"/>
        <source>1 visit</source>
        <translation>1 次拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="243"/>
        <source>Showing the latest {shown} of {n} visits</source>
        <translation>显示最近 {shown} 次拜访，共 {n} 次</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="267"/>
        <source>{title} ({n})</source>
        <translation>{title}（{n}）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="268"/>
        <source>{title} ({shown} of {n})</source>
        <translation>{title}（显示 {shown} 条，共 {n} 条）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="314"/>
        <source>Mark follow-up with {account} done</source>
        <translation>将 {account} 的跟进标记为完成</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="37"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="40"/>
        <source>Edited on both sides</source>
        <translation>双方都修改了</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="41"/>
        <source>Edited while deleted</source>
        <translation>删除后又被修改</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="42"/>
        <source>Its account is gone</source>
        <translation>所属客户已不在</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="43"/>
        <source>Reports-to loop</source>
        <translation>汇报关系成环</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="44"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="45"/>
        <source>Clock ahead</source>
        <translation>时钟超前</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="49"/>
        <source>Logged</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="49"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="49"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="49"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="50"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="50"/>
        <source>Incoming</source>
        <translation>导入的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="61"/>
        <source>Keep this computer&apos;s</source>
        <translation>保留本机的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="63"/>
        <source>Keep incoming</source>
        <translation>保留导入的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="65"/>
        <source>Merge the two</source>
        <translation>合并两条</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="66"/>
        <source>Mark as settled</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="100"/>
        <source>No open conflicts: every import merged cleanly.</source>
        <translation>没有待处理的冲突：所有导入都已顺利合并。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="124"/>
        <source>  (kept)</source>
        <translation>（已采用）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="151"/>
        <source>Two computers changed this without seeing each other&apos;s change; the newer one is kept. Keeping either value makes it a new change that reaches everyone.</source>
        <translation>两台电脑在互不知情的情况下修改了此项，已采用较新的修改。选择保留任一值都会成为一次新修改，并同步给所有人。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="154"/>
        <source>Someone changed a record another computer had moved to the trash. It stays in the trash (restore it from Edit → Trash); the change is kept in it.</source>
        <translation>有人修改了另一台电脑已移入回收站的记录。该记录仍在回收站中（可在“编辑 → 回收站”中恢复），修改已保存在其中。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="157"/>
        <source>This record&apos;s account is in the trash or has not arrived yet. Restore the account from the trash, or move the record; then mark this settled.</source>
        <translation>此记录所属的客户在回收站中，或尚未同步过来。请从回收站恢复该客户，或移动此记录，然后标记为已处理。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="160"/>
        <source>Two changes made these people report to each other in a loop. The newest link is not drawn; edit one of them to fix it, then mark this settled.</source>
        <translation>两次修改使这些人的汇报关系形成了环。最新的一条关系暂不显示；请修改其中一人以纠正，然后标记为已处理。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="163"/>
        <source>Two computers created what looks like the same record. Merge the two keeps the older one and moves everything of the newer one into it.</source>
        <translation>两台电脑创建了看起来相同的记录。“合并两条”会保留较早的一条，并把较新一条的全部内容移入其中。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="166"/>
        <source>The sender&apos;s clock was well ahead of this computer&apos;s. Check the date and time on both computers.</source>
        <translation>发送方电脑的时钟明显快于本机。请检查两台电脑的日期和时间。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="23"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="27"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="28"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="29"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="30"/>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="32"/>
        <source>Attitude to us</source>
        <translation>对我方态度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="33"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="34"/>
        <source>Relationship strength (1–5)</source>
        <translation>关系强度（1–5）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="36"/>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="41"/>
        <source>Site</source>
        <translation>所在地点</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="45"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="46"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="47"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="48"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="49"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contact_dialog.py" line="50"/>
        <source>Personal notes</source>
        <translation>个人备注</translation>
    </message>
</context>
<context>
    <name>ContactMapTab</name>
    <message>
        <location filename="../../kadesk/ui/map_menus.py" line="42"/>
        <source>Edit contact…</source>
        <translation>编辑联系人…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_menus.py" line="49"/>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_menus.py" line="52"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_menus.py" line="54"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_menus.py" line="56"/>
        <source>Relationship strength</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_menus.py" line="58"/>
        <source>Reports to nobody</source>
        <translation>不汇报给任何人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_menus.py" line="63"/>
        <source>Add relation</source>
        <translation>添加关系</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_menus.py" line="70"/>
        <source>Remove relation</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_menus.py" line="85"/>
        <location filename="../../kadesk/ui/map_tab.py" line="89"/>
        <source>Fit to window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_menus.py" line="90"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_menus.py" line="91"/>
        <location filename="../../kadesk/ui/map_tab.py" line="85"/>
        <source>Re-layout</source>
        <translation>重新布局</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="84"/>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="86"/>
        <source>Put everyone back in the automatic layout</source>
        <translation>所有人恢复自动布局</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="87"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="88"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="91"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="92"/>
        <source>Decision makers</source>
        <translation>只看决策者</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="93"/>
        <source>Opponents</source>
        <translation>只看反对者</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="94"/>
        <source>Not met in 90 days</source>
        <translation>90 天未见</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="96"/>
        <source>Highlight only these people</source>
        <translation>只突出显示这些人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="97"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="198"/>
        <location filename="../../kadesk/ui/map_tab.py" line="274"/>
        <source>Contact map</source>
        <translation>关系图</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="203"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="216"/>
        <source>Move {name}</source>
        <translation>移动 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="229"/>
        <source>Re-layout the contact map</source>
        <translation>重新布局关系图</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="238"/>
        <source>Link {a} and {b}</source>
        <translation>关联 {a} 与 {b}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="243"/>
        <source>Remove a relation</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="259"/>
        <source>Export the contact map</source>
        <translation>导出关系图</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="259"/>
        <source>contact-map</source>
        <translation>关系图</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="260"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="53"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="54"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="55"/>
        <source>Role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="56"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="58"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="59"/>
        <source>Strength</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="60"/>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="61"/>
        <source>Last met</source>
        <translation>最近见面</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="62"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="64"/>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="65"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="66"/>
        <source>Move to trash</source>
        <translation>移至回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="67"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="68"/>
        <source>Show trash</source>
        <translation>显示回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="39"/>
        <source>Add contact {name}</source>
        <translation>添加联系人 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="42"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="113"/>
        <source>Move {name} to trash</source>
        <translation>将 {name} 移至回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="119"/>
        <source>Restore {name}</source>
        <translation>恢复 {name}</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../kadesk/ui/dialogs.py" line="62"/>
        <source>Save what you have typed here?</source>
        <translation>要保存这里已填写的内容吗？</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="20"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="21"/>
        <source>Longer than {max} characters.</source>
        <translation>长度超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="22"/>
        <source>&apos;{value}&apos; is not one of the allowed values.</source>
        <translation>“{value}”不是允许的取值。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="23"/>
        <source>Must be between {min} and {max}.</source>
        <translation>必须介于 {min} 和 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="24"/>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="25"/>
        <source>&apos;{value}&apos; is not a three-letter currency code such as CNY.</source>
        <translation>“{value}”不是三位字母的货币代码（如 CNY）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="27"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>“{value}”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="28"/>
        <source>&apos;{value}&apos; is not a phone number (digits, spaces, + - and parentheses).</source>
        <translation>“{value}”不是有效的电话号码（只能包含数字、空格、+、- 和括号）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="30"/>
        <source>Cannot be before {other}.</source>
        <translation>不能早于{other}。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="31"/>
        <source>This field cannot be edited here.</source>
        <translation>此字段不能在这里编辑。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="32"/>
        <source>That list entry no longer exists.</source>
        <translation>该列表项已不存在。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="33"/>
        <source>Must belong to the same account.</source>
        <translation>必须属于同一客户。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="34"/>
        <source>A contact cannot report to themselves.</source>
        <translation>联系人不能向自己汇报。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="35"/>
        <source>{name} already reports to this contact; that would make a loop.</source>
        <translation>{name} 已经向该联系人汇报，这样会形成循环汇报关系。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="37"/>
        <source>A contact cannot be related to themselves.</source>
        <translation>联系人不能与自己建立关系。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="38"/>
        <source>These two contacts are already linked this way.</source>
        <translation>这两位联系人已有这种关系。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="40"/>
        <source>The same contact is listed twice.</source>
        <translation>同一联系人被重复列出。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="41"/>
        <source>An entry with the code &apos;{value}&apos; already exists.</source>
        <translation>代码为“{value}”的条目已存在。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="42"/>
        <source>&apos;{value}&apos; is not an amount; type digits, e.g. 12,500.00.</source>
        <translation>“{value}”不是有效的金额，请输入数字，例如 12,500.00。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="48"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="49"/>
        <source>the visit date</source>
        <translation>拜访日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="54"/>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="54"/>
        <source>site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="55"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="55"/>
        <source>visit</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="56"/>
        <source>proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="57"/>
        <source>relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="58"/>
        <location filename="../../kadesk/ui/messages.py" line="59"/>
        <source>list entry</source>
        <translation>列表项</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="74"/>
        <source>This {entity} no longer exists (it may have been deleted).</source>
        <translation>该{entity}已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="76"/>
        <source>This {entity} is in the trash; restore it before editing.</source>
        <translation>该{entity}在回收站中，请先恢复再编辑。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="77"/>
        <source>The {entity} it belongs to is in the trash; restore it first.</source>
        <translation>其所属的{entity}在回收站中，请先将其恢复。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="79"/>
        <source>Built-in list entries cannot be deleted; hide them instead.</source>
        <translation>内置列表项不能删除，但可以将其隐藏。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="81"/>
        <source>The period ends ({end}) before it starts ({start}); swap the dates.</source>
        <translation>时间段的结束日期（{end}）早于开始日期（{start}），请对调两个日期。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="83"/>
        <source>A visit report covers at most {days} days; choose a shorter period.</source>
        <translation>拜访报告最多覆盖 {days} 天，请选择更短的时间段。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="85"/>
        <source>kadesk is already open on {path}. Close the other window first.</source>
        <translation>kadesk 已在另一个窗口中打开 {path}，请先关闭该窗口。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="87"/>
        <source>{path} is not a kadesk database, or it is damaged. Open another folder with --data-dir, or restore a backup.</source>
        <translation>{path} 不是 kadesk 数据库，或者文件已损坏。请用 --data-dir 打开其他文件夹，或从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="90"/>
        <source>This database was written by a newer kadesk (schema {found}); install the newer version to open it.</source>
        <translation>此数据库由更新版本的 kadesk 写入（数据结构版本 {found}），请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="12"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="13"/>
        <source>Ask the sender to export it again.</source>
        <translation>请发送方重新导出。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="15"/>
        <source>{path} is empty (0 bytes): the copy was interrupted. Copy the package again.</source>
        <translation>{path} 是空文件（0 字节）：复制过程被中断。请重新复制同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="18"/>
        <source>{path} is not a kadesk sync package (not a zip file, or cut short while copying).</source>
        <translation>{path} 不是 kadesk 同步包（不是 zip 文件，或复制时被截断）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="21"/>
        <source>{path} holds &apos;{name}&apos;, which a kadesk package never holds ({why}): the file was altered or is not from kadesk.</source>
        <translation>{path} 含有“{name}”，kadesk 同步包从不包含此项（{why}）：文件已被改动或并非来自 kadesk。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="24"/>
        <source>{path} lacks its {name}: the file is damaged or is not a kadesk package.</source>
        <translation>{path} 缺少 {name}：文件已损坏或不是 kadesk 同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="27"/>
        <source>{path} holds {name} more than once, which kadesk never writes: the file was altered.</source>
        <translation>{path} 中 {name} 出现了不止一次，kadesk 从不这样写入：文件已被改动。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="30"/>
        <source>{path}: {name} would unpack to more than {limit} bytes (a damaged or malicious file).</source>
        <translation>{path}：{name} 解压后将超过 {limit} 字节（文件已损坏或有恶意）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="33"/>
        <source>{path}: {name} is not the size its manifest states ({expected} bytes): the file is damaged.</source>
        <translation>{path}：{name} 的大小与清单所写（{expected} 字节）不符：文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="36"/>
        <source>{path}: {name} does not match its checksum: the file was damaged in transit.</source>
        <translation>{path}：{name} 与校验和不符：文件在传输中损坏。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="39"/>
        <source>{path} is a zip file but not a kadesk sync package.</source>
        <translation>{path} 是 zip 文件，但不是 kadesk 同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="41"/>
        <source>{path} was written by a newer kadesk (package format {found}, this one reads {supported}). Update kadesk, then import it again.</source>
        <translation>{path} 由更新版本的 kadesk 写入（包格式 {found}，本版本只能读取 {supported}）。请升级 kadesk 后再导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="44"/>
        <source>{path} comes from a newer kadesk (schema {found}, this one has {ours}). Update kadesk, then import it again.</source>
        <translation>{path} 来自更新版本的 kadesk（数据结构 {found}，本版本为 {ours}）。请升级 kadesk 后再导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="47"/>
        <source>{path} comes from an older kadesk (schema {found}, this one has {ours}). Ask the sender to update kadesk and export again.</source>
        <translation>{path} 来自较旧版本的 kadesk（数据结构 {found}，本版本为 {ours}）。请发送方升级 kadesk 后重新导出。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="50"/>
        <source>{path}: the package&apos;s manifest is damaged ({detail}).</source>
        <translation>{path}：同步包的清单已损坏（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="53"/>
        <source>{path}, change {line}: {detail}. The package is damaged or was not written by kadesk.</source>
        <translation>{path}，第 {line} 条变更：{detail}。同步包已损坏或并非由 kadesk 写入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="56"/>
        <source>{path}, change {line}: the {table} &apos;{id}&apos; appears twice; kadesk never writes that, so the file was altered.</source>
        <translation>{path}，第 {line} 条变更：{table}“{id}”出现了两次；kadesk 从不这样写入，文件已被改动。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="59"/>
        <source>{path}: the manifest announces {expected} changes to {table} but the package holds {found}: it is incomplete.</source>
        <translation>{path}：清单写明 {table} 有 {expected} 条变更，但同步包中只有 {found} 条：文件不完整。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="62"/>
        <source>{path} carries changes stamped {minutes} minutes ahead of this computer&apos;s clock. Check the date and time on both computers, then import again.</source>
        <translation>{path} 中的变更时间比本机时钟快 {minutes} 分钟。请检查两台电脑的日期和时间，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="66"/>
        <source>{path} was exported by this computer; import it on another one.</source>
        <translation>{path} 是本机导出的；请在其他电脑上导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="69"/>
        <source>{path} belongs to another team ({team}).</source>
        <translation>{path} 属于另一个团队（{team}）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="71"/>
        <source>{path}: the {table} &apos;{id}&apos; carries the same change stamp as here but a different value: the package comes from a copied kadesk installation or was forged.</source>
        <translation>{path}：{table}“{id}”的变更时间戳与本机相同但内容不同：同步包来自被复制的 kadesk 安装，或是伪造的。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="75"/>
        <source>No colleague &apos;{peer}&apos; has sent this computer a package yet; use Export everything instead.</source>
        <translation>同事“{peer}”尚未向本机发送过同步包；请改用“导出全部”。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="78"/>
        <source>Setting up from a package needs an empty database, and {path} already holds data. Use Import package instead.</source>
        <translation>从同步包初始化需要空数据库，而 {path} 中已有数据。请改用“导入同步包”。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="81"/>
        <source>{path} holds only recent changes; setting up needs a full package (Export everything on the colleague&apos;s computer).</source>
        <translation>{path} 只包含最近的变更；初始化需要完整同步包（在同事电脑上使用“导出全部”）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="84"/>
        <source>The disk holding {path} is full. Free some space and try again. Nothing was changed.</source>
        <translation>{path} 所在的磁盘已满。请清理空间后重试。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="87"/>
        <source>The package written to {path} failed its check when read back (the disk or the copy is faulty). It was removed; export again to another place.</source>
        <translation>写入 {path} 的同步包在回读校验时失败（磁盘或复制有问题）。该文件已删除；请导出到其他位置。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="90"/>
        <source>Export cancelled; no package was written to {path}.</source>
        <translation>已取消导出；未向 {path} 写入同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="92"/>
        <source>That conflict is no longer open; it may have been settled already.</source>
        <translation>该冲突已不是待处理状态，可能已被处理。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="94"/>
        <source>Only two live records of the same kind can be merged; these two cannot (a different kind, the same record, or one is in the trash).</source>
        <translation>只能合并两条同类且未删除的记录；这两条不能合并（类型不同、是同一条记录，或其中一条在回收站中）。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="23"/>
        <source>Search: name, pinyin, initials…</source>
        <translation>搜索：名称、拼音、首字母…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="25"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="26"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="27"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="28"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="30"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="34"/>
        <source>All reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="37"/>
        <source>Overdue for a visit</source>
        <translation>拜访逾期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="38"/>
        <source>Follow-up due</source>
        <translation>待跟进</translation>
    </message>
</context>
<context>
    <name>LineItemsModel</name>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="73"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="73"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="74"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="74"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="75"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="75"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="174"/>
        <source>&apos;{value}&apos; is not a quantity: type a number such as 2.5 (up to three decimals).</source>
        <translation>“{value}”不是有效的数量：请输入数字，如 2.5（最多三位小数）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="176"/>
        <source>&apos;{value}&apos; is not a price: type an amount such as 1,200.00 (up to two decimals).</source>
        <translation>“{value}”不是有效的价格：请输入金额，如 1,200.00（最多两位小数）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="178"/>
        <source>&apos;{value}&apos; is not a discount: type a percentage from 0 to 100.</source>
        <translation>“{value}”不是有效的折扣：请输入 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="181"/>
        <source>Line {n}:</source>
        <translation>第 {n} 行：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="53"/>
        <source>kadesk — key accounts</source>
        <translation>kadesk — 大客户管理</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="87"/>
        <source>{file} · device {device}</source>
        <translation>{file} · 设备 {device}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="128"/>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="129"/>
        <source>Follow-ups due and accounts overdue for a visit</source>
        <translation>待跟进事项和拜访逾期的客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="130"/>
        <source>New &amp;account…</source>
        <translation>新建客户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="132"/>
        <source>New &amp;visit…</source>
        <translation>新建拜访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="133"/>
        <source>Log a visit to the selected account</source>
        <translation>为所选客户记录一次拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="134"/>
        <source>Move account to &amp;trash</source>
        <translation>将客户移至回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="136"/>
        <source>&amp;Next account</source>
        <translation>下一个客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="137"/>
        <source>&amp;Previous account</source>
        <translation>上一个客户(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="139"/>
        <source>&amp;Find account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="141"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="144"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="146"/>
        <source>T&amp;rash…</source>
        <translation>回收站(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="147"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="149"/>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="150"/>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="152"/>
        <source>&amp;About kadesk</source>
        <translation>关于 kadesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="157"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="168"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="171"/>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="174"/>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="177"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="179"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="252"/>
        <source>1 account</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="253"/>
        <source>{n} accounts</source>
        <translation>{n} 个客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="259"/>
        <source>New account {name}</source>
        <translation>新建客户 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="275"/>
        <source>Move {name} to trash</source>
        <translation>将 {name} 移至回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="291"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="292"/>
        <source>Database (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="298"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="299"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="306"/>
        <source>The database is healthy.</source>
        <translation>数据库状态正常。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="307"/>
        <source>Problems found:</source>
        <translation>发现以下问题：</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="310"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="317"/>
        <source>About kadesk</source>
        <translation>关于 kadesk</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="318"/>
        <source>kadesk {version}
Key account management for field reps.</source>
        <translation>kadesk {version}
面向一线销售代表的大客户管理工具。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="330"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="331"/>
        <source>The profile of {name} has unsaved changes.</source>
        <translation>{name} 的客户资料有未保存的更改。</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../kadesk/ui/account_dialog.py" line="21"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
</context>
<context>
    <name>ObjectionCard</name>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="139"/>
        <source>(removed from the library)</source>
        <translation>（已从异议库中移除）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="144"/>
        <source>What they said, in their words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="147"/>
        <source>Our response</source>
        <translation>我方应对</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="148"/>
        <source>Resolved</source>
        <translation>已化解</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="151"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="27"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="30"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="37"/>
        <source>Language (applies after restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="38"/>
        <source>Our company</source>
        <translation>本公司名称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="39"/>
        <location filename="../../kadesk/ui/preferences.py" line="62"/>
        <location filename="../../kadesk/ui/preferences.py" line="70"/>
        <source>Logo on reports</source>
        <translation>报告上的标志</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="40"/>
        <source>Rep name</source>
        <translation>销售代表姓名</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="41"/>
        <source>Rep phone</source>
        <translation>销售代表电话</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="42"/>
        <source>Rep e-mail</source>
        <translation>销售代表邮箱</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="51"/>
        <source>PNG or JPEG; none leaves the header plain</source>
        <translation>PNG 或 JPEG；不设置则页眉不带标志</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="52"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="63"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="71"/>
        <source>{path} is not an image kadesk can read. Choose a PNG or JPEG file, or clear the field.</source>
        <translation>kadesk 无法读取图片 {path}。请选择 PNG 或 JPEG 文件，或清空此项。</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="39"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="40"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="73"/>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="74"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="75"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="76"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="79"/>
        <source>Add site…</source>
        <translation>添加地点…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="80"/>
        <source>Edit site…</source>
        <translation>编辑地点…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="81"/>
        <source>Delete site</source>
        <translation>删除地点</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="83"/>
        <source>Sites</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="122"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="127"/>
        <source>Please correct the fields marked in red.</source>
        <translation>请修正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="160"/>
        <source>Add site {name}</source>
        <translation>添加地点 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="163"/>
        <source>Edit site {name}</source>
        <translation>编辑地点 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="172"/>
        <source>Delete site {name}</source>
        <translation>删除地点 {name}</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="60"/>
        <source>Edit proposal</source>
        <translation>编辑方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="60"/>
        <source>New proposal</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="63"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="64"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="65"/>
        <source>Assigned when saved</source>
        <translation>保存时自动分配</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="66"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="69"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="71"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="75"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="78"/>
        <source>Line items</source>
        <translation>报价明细</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="79"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="80"/>
        <source>Needs as we understood them</source>
        <translation>我方理解的客户需求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="81"/>
        <source>Proposed solution</source>
        <translation>建议方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="82"/>
        <source>Value-added services</source>
        <translation>增值服务</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="83"/>
        <source>Expected benefits</source>
        <translation>预期收益</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="83"/>
        <source>Terms</source>
        <translation>商务条款</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="121"/>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="122"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="123"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="124"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="153"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="155"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="160"/>
        <source>One service per line</source>
        <translation>每行一项服务</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="163"/>
        <source>Add service</source>
        <translation>添加服务</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="227"/>
        <source>Tax ({rate}%)</source>
        <translation>税额（{rate}%）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="263"/>
        <source>Line {n}:</source>
        <translation>第 {n} 行：</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="26"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="27"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="28"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="29"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="30"/>
        <source>Total incl. tax</source>
        <translation>含税总额</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="31"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="34"/>
        <source>New proposal…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="35"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="36"/>
        <source>Duplicate as new version</source>
        <translation>复制为新版本</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="37"/>
        <source>Move to trash</source>
        <translation>移至回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="81"/>
        <source>New proposal {title}</source>
        <translation>新建方案 {title}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="95"/>
        <source>Edit proposal {number}</source>
        <translation>编辑方案 {number}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="106"/>
        <source>New version of {number}</source>
        <translation>创建 {number} 的新版本</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposals_tab.py" line="114"/>
        <source>Move proposal {number} to trash</source>
        <translation>将方案 {number} 移至回收站</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="23"/>
        <source>Print &amp;brief…</source>
        <translation>打印拜访前简报(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="24"/>
        <source>The pre-visit brief of the selected account</source>
        <translation>所选客户的拜访前简报</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="25"/>
        <source>Print pro&amp;posal…</source>
        <translation>打印方案书(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="26"/>
        <source>The selected (else the newest) proposal</source>
        <translation>所选方案（未选择时为最新方案）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="27"/>
        <source>&amp;Visit summary…</source>
        <translation>拜访纪要(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="28"/>
        <source>The selected (else the latest) visit, written up</source>
        <translation>所选拜访（未选择时为最近一次）的纪要</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="29"/>
        <source>&amp;Weekly report…</source>
        <translation>周报(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="30"/>
        <source>A week of visits, for one rep or all</source>
        <translation>一周的拜访，可选单个销售或全体</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="48"/>
        <source>Pre-visit brief · {name}</source>
        <translation>拜访前简报 · {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="62"/>
        <source>{name} has no proposal yet: write one on the Proposals tab first.</source>
        <translation>{name} 还没有方案，请先在“方案”页签中编写。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="68"/>
        <source>Proposal · {title}</source>
        <translation>方案书 · {title}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="81"/>
        <source>No visit to {name} is logged yet.</source>
        <translation>尚未记录对 {name} 的拜访。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="88"/>
        <source>Visit summary · {name} · {day}</source>
        <translation>拜访纪要 · {name} · {day}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/report_actions.py" line="96"/>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="108"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="109"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="113"/>
        <source>All reps</source>
        <translation>全体销售</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="117"/>
        <source>Week of</source>
        <translation>所在周</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="118"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="119"/>
        <source>Open the PDF after saving</source>
        <translation>保存后打开 PDF</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="123"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="124"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="125"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="154"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="155"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="206"/>
        <source>Preparing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="217"/>
        <source>The report could not be written: {reason}. Nothing was saved.</source>
        <translation>报告未能写入：{reason}。未保存任何文件。</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../kadesk/ui/site_dialog.py" line="22"/>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/site_dialog.py" line="25"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/site_dialog.py" line="26"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/site_dialog.py" line="27"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/site_dialog.py" line="28"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/site_dialog.py" line="29"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../kadesk/app.py" line="32"/>
        <source>Opening {path}…</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <location filename="../../kadesk/app.py" line="38"/>
        <source>Could not open {path}: {error}</source>
        <translation>无法打开 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="30"/>
        <source>Export &amp;changes for…</source>
        <translation>导出变更给(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="31"/>
        <source>What a colleague has not received yet</source>
        <translation>同事尚未收到的变更</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="32"/>
        <source>Export &amp;everything…</source>
        <translation>导出全部(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="33"/>
        <source>A full package: a first exchange, head office</source>
        <translation>完整同步包：首次交换、总部汇总</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="34"/>
        <source>&amp;Import package…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="35"/>
        <source>Merge a colleague&apos;s or head office&apos;s package</source>
        <translation>合并同事或总部的同步包</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="36"/>
        <source>&amp;Set up from package…</source>
        <translation>从同步包初始化(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="37"/>
        <source>Start this empty database from a full package</source>
        <translation>用完整同步包初始化这个空数据库</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="38"/>
        <source>Sync &amp;conflicts…</source>
        <translation>同步冲突(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="39"/>
        <source>Values beaten by a colleague&apos;s edit, and more</source>
        <translation>被同事修改覆盖的值等</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="53"/>
        <source>⚠ 1 sync conflict</source>
        <translation>⚠ 1 个同步冲突</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="54"/>
        <source>⚠ {n} sync conflicts</source>
        <translation>⚠ {n} 个同步冲突</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="62"/>
        <source>No colleague has sent this computer a package yet, so there is nobody to export changes for. Use Export everything… for a first exchange.</source>
        <translation>还没有同事向本机发送过同步包，因此没有可导出变更的对象。首次交换请使用“导出全部…”。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="65"/>
        <source>Export changes for</source>
        <translation>导出变更给</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="66"/>
        <source>Colleague or head office:</source>
        <translation>同事或总部：</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="74"/>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="78"/>
        <source>Export package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="84"/>
        <source>{n} changes exported to {path}</source>
        <translation>已将 {n} 条变更导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="87"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="93"/>
        <source>Import package</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="108"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="112"/>
        <source>Set up from package</source>
        <translation>从同步包初始化</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="114"/>
        <source>Setting up…</source>
        <translation>正在初始化…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="121"/>
        <source>Another team&apos;s package</source>
        <translation>其他团队的同步包</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="122"/>
        <source>{file} comes from another team ({team}).

Join that team and merge its data into this database? From then on this computer exchanges packages with that team only.</source>
        <translation>{file} 来自另一个团队（{team}）。

要加入该团队并把其数据合并到本数据库吗？此后本机只与该团队交换同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="132"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>已取消导入。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="134"/>
        <source>{file} was already imported on {when}. Nothing was changed.</source>
        <translation>{file} 已于 {when} 导入过。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="139"/>
        <source>Imported {file} from {sender}: {created} new, {updated} updated.</source>
        <translation>已导入 {sender} 的 {file}：新增 {created} 条，更新 {updated} 条。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="145"/>
        <source>{n} conflicts need a look: Sync conflicts… (or the badge in the status bar) lists them.</source>
        <translation>有 {n} 个冲突需要查看：请打开“同步冲突…”（或点击状态栏中的提示）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="159"/>
        <source>kadesk package (*{ext})</source>
        <translation>kadesk 同步包 (*{ext})</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="171"/>
        <source>Writing the package…</source>
        <translation>正在写入同步包…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="172"/>
        <source>Checking the package…</source>
        <translation>正在检查同步包…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="173"/>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="179"/>
        <source>{reason}. Nothing was changed.</source>
        <translation>{reason}。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../kadesk/ui/trash.py" line="29"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/trash.py" line="31"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/trash.py" line="32"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/trash.py" line="33"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/trash.py" line="36"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/trash.py" line="54"/>
        <source>Restore {name}</source>
        <translation>恢复 {name}</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="181"/>
        <source>Edit visit</source>
        <translation>编辑拜访记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="181"/>
        <source>Log a visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="187"/>
        <source>Kind</source>
        <translation>拜访方式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="188"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="191"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="192"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="193"/>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="199"/>
        <source>Contacts met</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="202"/>
        <source>Colleagues who came</source>
        <translation>同行同事</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="203"/>
        <source>Owner (rep)</source>
        <translation>负责人（销售代表）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="204"/>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="205"/>
        <source>Summary</source>
        <translation>拜访纪要</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="206"/>
        <source>Outcome</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="207"/>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="209"/>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="210"/>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="211"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="230"/>
        <source>Add objection</source>
        <translation>添加异议</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="260"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="266"/>
        <source>+1 week</source>
        <translation>+1 周</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="267"/>
        <source>+2 weeks</source>
        <translation>+2 周</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="268"/>
        <source>+1 month</source>
        <translation>+1 个月</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="271"/>
        <source>Follow up this long after the visit</source>
        <translation>将跟进日期设为拜访后的这一时间</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="346"/>
        <source>Objection {n}:</source>
        <translation>异议 {n}：</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="39"/>
        <source>, </source>
        <comment>between the names of contacts met</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="41"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="43"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="45"/>
        <source>Contacts met</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="47"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="48"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="50"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="53"/>
        <source>&amp;New visit…</source>
        <translation>新建拜访(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="54"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="55"/>
        <source>Move to trash</source>
        <translation>移至回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="118"/>
        <source>Log visit of {date}</source>
        <translation>记录 {date} 的拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="132"/>
        <source>Edit visit of {date}</source>
        <translation>编辑 {date} 的拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="142"/>
        <source>Move visit of {date} to trash</source>
        <translation>将 {date} 的拜访移至回收站</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../kadesk/ui/worker.py" line="97"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
