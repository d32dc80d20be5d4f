<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="48"/>
        <source>Legal name</source>
        <translation>公司全称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="49"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="50"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="60"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="62"/>
        <source>Headquarters city</source>
        <translation>总部所在城市</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="63"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="64"/>
        <source>Account type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="66"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="67"/>
        <source>Relationship stage</source>
        <translation>关系阶段</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="69"/>
        <source>Buying stage</source>
        <translation>采购阶段</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="71"/>
        <source>Annual revenue with us</source>
        <translation>年度合作营收</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="74"/>
        <source>Monthly contribution</source>
        <translation>月度贡献</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="75"/>
        <source>Cooperation since</source>
        <translation>合作起始日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="77"/>
        <source>Business model</source>
        <translation>业务模式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="79"/>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="80"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="81"/>
        <source>Owner (rep)</source>
        <translation>负责人（销售代表）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="82"/>
        <source>Service model</source>
        <translation>服务模式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="85"/>
        <source>Volume</source>
        <translation>业务量</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="85"/>
        <source>What they buy</source>
        <translation>采购内容</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="86"/>
        <source>Special operations</source>
        <translation>特殊操作要求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="87"/>
        <source>Financial needs</source>
        <translation>财务需求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="87"/>
        <source>Unmet needs</source>
        <translation>未满足的需求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="88"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="88"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="51"/>
        <source>Also known as</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="52"/>
        <source>招行; CMB; a former name (separate with ;)</source>
        <translation>招行; CMB; 曾用名（用分号隔开）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/account_form.py" line="112"/>
        <source>Add {aliases}, as people often call it</source>
        <translation>添加常用简称：{aliases}</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="39"/>
        <source>Profile</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="40"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="41"/>
        <source>Contact map</source>
        <translation>关系图</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="42"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="43"/>
        <source>Proposals</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="70"/>
        <source>{name} (in trash)</source>
        <translation>{name}（已在回收站）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="76"/>
        <source>last visit {date}</source>
        <translation>最近拜访 {date}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/workspace.py" line="79"/>
        <source>follow-up {date}</source>
        <translation>跟进 {date}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="74"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="75"/>
        <source>Visit log</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="86"/>
        <location filename="../../kadesk/ui/agenda.py" line="163"/>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="88"/>
        <location filename="../../kadesk/ui/agenda.py" line="103"/>
        <location filename="../../kadesk/ui/agenda.py" line="158"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="89"/>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="91"/>
        <source>Visited</source>
        <translation>拜访日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="93"/>
        <location filename="../../kadesk/ui/agenda.py" line="159"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="95"/>
        <location filename="../../kadesk/ui/agenda.py" line="108"/>
        <location filename="../../kadesk/ui/agenda.py" line="161"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="104"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="105"/>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="106"/>
        <source>never</source>
        <translation>从未拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="107"/>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="114"/>
        <source>Mark follow-up done</source>
        <translation>标记跟进完成</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="156"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="162"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="174"/>
        <source>All reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="176"/>
        <source>All kinds</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="180"/>
        <source>Account: name, pinyin, initials…</source>
        <translation>客户：名称、拼音、首字母…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="184"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="184"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="227"/>
        <source>Follow-ups due today</source>
        <translation>今日待跟进</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="232"/>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="241"/>
        <source>Accounts past their visit cadence ({cadence} days)</source>
        <translation>超过拜访周期的客户（{cadence} 天）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="274"/>
        <source>{n} visits</source>
        <translation>{n} 次拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="274"/>
        <source>1 visit</source>
        <translation>1 次拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="276"/>
        <source>Showing the latest {shown} of {n} visits</source>
        <translation>显示最近 {shown} 次拜访，共 {n} 次</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="254"/>
        <source>{title} ({n})</source>
        <translation>{title}（{n}）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="339"/>
        <source>Mark follow-up with {account} done</source>
        <translation>将 {account} 的跟进标记为完成</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="116"/>
        <location filename="../../kadesk/ui/agenda.py" line="219"/>
        <source>Whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="117"/>
        <source>Everyone&apos;s follow-ups and accounts, not only yours</source>
        <translation>显示所有人的跟进和客户，而不只是你自己的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="118"/>
        <source>Nothing due: no follow-up and no account past its visit cadence.</source>
        <translation>没有待办：没有待跟进事项，也没有超过拜访周期的客户。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/agenda.py" line="220"/>
        <source>Whole team (say who you are in File → Preferences to see only yours)</source>
        <translation>整个团队（在“文件 → 偏好设置”中填写你的名字，即可只看自己的）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="17"/>
        <source>a colleague&apos;s computer ({device})</source>
        <translation>同事的电脑（{device}）</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="29"/>
        <source>no changes</source>
        <translation>没有变更</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="31"/>
        <source>Wrote a full package {path} ({rows} rows: {counts}).</source>
        <translation>已写出完整同步包 {path}（{rows} 条记录：{counts}）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="33"/>
        <source>Wrote a package of changes {path} ({rows} rows: {counts}).</source>
        <translation>已写出变更同步包 {path}（{rows} 条记录：{counts}）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="36"/>
        <source>{n} records were left out: they date from before the team was secured, and no member can sign for them.</source>
        <translation>{n} 条记录未导出：它们早于团队启用安全同步，没有任何成员能为其签名。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="45"/>
        <source>{path} was already imported on {when}; nothing changed.</source>
        <translation>{path} 已于 {when} 导入过，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="49"/>
        <source>Import cancelled; nothing changed.</source>
        <translation>导入已取消，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="52"/>
        <source>Imported {path} from {sender}: {created} new, {updated} updated, {unchanged} unchanged, {conflicts} conflict(s) to review (&apos;kadesk sync status&apos;). Undo with &apos;kadesk sync undo&apos; while nothing else changes.</source>
        <translation>已导入 {sender} 的 {path}：新增 {created} 条，更新 {updated} 条，未变 {unchanged} 条，{conflicts} 个冲突待查看（&apos;kadesk sync status&apos;）。在没有其他改动之前，可用 &apos;kadesk sync undo&apos; 撤销。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="59"/>
        <source>This database now belongs to the sender&apos;s team. Its state before is kept in full in {path}.</source>
        <translation>此数据库现已加入发送方的团队。加入前的完整副本保存在 {path}。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="83"/>
        <source>package {package} from {sender}, imported {when}: {created} new, {updated} updated</source>
        <translation>来自 {sender} 的同步包 {package}，导入于 {when}：新增 {created} 条，更新 {updated} 条</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="92"/>
        <source>Undid the import of {what}. The database is as it was before; the package can be imported again.</source>
        <translation>已撤销导入：{what}。数据库已恢复到导入前的状态；该同步包可以再次导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="99"/>
        <source>Device {device}, team {team}.</source>
        <translation>设备 {device}，团队 {team}。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="101"/>
        <source>{pending} changed rows not yet sent to any colleague; {packages} packages imported from {peers} colleague(s).</source>
        <translation>{pending} 条变更尚未发给任何同事；已从 {peers} 位同事导入 {packages} 个同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="105"/>
        <source>{n} open conflict(s).</source>
        <translation>{n} 个未处理的冲突。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="110"/>
        <source>The last import can be undone (&apos;kadesk sync undo&apos;): {what}.</source>
        <translation>最近一次导入可以撤销（&apos;kadesk sync undo&apos;）：{what}。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="113"/>
        <source>Full copy before joining a team: {path}</source>
        <translation>加入团队前的完整副本：{path}</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="120"/>
        <source>No colleague has sent this computer a package yet.</source>
        <translation>还没有同事给这台电脑发过同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="123"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="124"/>
        <source>{device}  {name}  last package {seen}; they hold our changes up to {acked}, we sent up to {sent}</source>
        <translation>{device}  {name}  最近同步包 {seen}；对方已有我方变更至 {acked}，我方已发送至 {sent}</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="133"/>
        <source>This team is now secured, with this computer as its admin: packages are sealed for its members and signed. Each colleague sends an admission request (&apos;kadesk sync request&apos;); admit it with &apos;kadesk sync admit FILE&apos;, then send them a package.</source>
        <translation>本团队已启用加密与签名，这台电脑为管理员：同步包只供成员读取并带有签名。每位同事发送加入申请（&apos;kadesk sync request&apos;）；用 &apos;kadesk sync admit 文件&apos; 批准后，再给对方发同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="142"/>
        <source>Wrote the admission request {path}: send it to an admin (head office). It holds this computer&apos;s public keys and name, nothing else.</source>
        <translation>已写出加入申请 {path}：请发给管理员（总部）。其中只有这台电脑的公钥和名称。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="150"/>
        <source>Admitted {name}. Your next package for them carries their copy of the team key.</source>
        <translation>已批准 {name}。您发给对方的下一个同步包会带上对方的团队密钥。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="157"/>
        <source>Revoked {name}: their packages are refused wherever your next packages arrive, and the team key changes.</source>
        <translation>已撤销 {name}：您之后的同步包到达之处都会拒绝其同步包，团队密钥也随之更换。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="165"/>
        <source>This team is not secured: packages are plain and unsigned.</source>
        <translation>本团队尚未启用加密与签名：同步包为明文且无签名。</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="168"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="169"/>
        <source>(this computer)</source>
        <translation>（本机）</translation>
    </message>
    <message>
        <location filename="../../kadesk/cli/sync.py" line="172"/>
        <source>{key}  {name}  revoked by {by}</source>
        <translation>{key}  {name}  已被 {by} 撤销</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="38"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="41"/>
        <source>Edited on both sides</source>
        <translation>双方都修改了</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="42"/>
        <source>Edited while deleted</source>
        <translation>删除后又被修改</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="43"/>
        <source>Its account is gone</source>
        <translation>所属客户已不在</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="44"/>
        <source>Reports-to loop</source>
        <translation>汇报关系成环</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="45"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="46"/>
        <source>Clock ahead</source>
        <translation>时钟超前</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="50"/>
        <source>Logged</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="50"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="50"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="50"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="51"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="51"/>
        <source>Incoming</source>
        <translation>导入的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="62"/>
        <source>Keep this computer&apos;s</source>
        <translation>保留本机的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="64"/>
        <source>Keep incoming</source>
        <translation>保留导入的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="66"/>
        <source>Merge the two</source>
        <translation>合并两条</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="67"/>
        <source>Mark as settled</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="108"/>
        <source>No open conflicts: every import merged cleanly.</source>
        <translation>没有待处理的冲突：所有导入都已顺利合并。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="167"/>
        <source>Two computers changed this without seeing each other&apos;s change; the newer one is kept. Keeping either value makes it a new change that reaches everyone.</source>
        <translation>两台电脑在互不知情的情况下修改了此项，已采用较新的修改。选择保留任一值都会成为一次新修改，并同步给所有人。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="170"/>
        <source>Someone changed a record another computer had moved to the trash. It stays in the trash (restore it from Edit → Trash); the change is kept in it.</source>
        <translation>有人修改了另一台电脑已移入回收站的记录。该记录仍在回收站中（可在“编辑 → 回收站”中恢复），修改已保存在其中。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="173"/>
        <source>This record&apos;s account is in the trash or has not arrived yet. Restore the account from the trash, or move the record; then mark this settled.</source>
        <translation>此记录所属的客户在回收站中，或尚未同步过来。请从回收站恢复该客户，或移动此记录，然后标记为已处理。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="176"/>
        <source>Two changes made these people report to each other in a loop. The newest link is not drawn; edit one of them to fix it, then mark this settled.</source>
        <translation>两次修改使这些人的汇报关系形成了环。最新的一条关系暂不显示；请修改其中一人以纠正，然后标记为已处理。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="179"/>
        <source>Two computers created what looks like the same record. Merge the two keeps the older one and moves everything of the newer one into it.</source>
        <translation>两台电脑创建了看起来相同的记录。“合并两条”会保留较早的一条，并把较新一条的全部内容移入其中。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="182"/>
        <source>The sender&apos;s clock was well ahead of this computer&apos;s. Check the date and time on both computers.</source>
        <translation>发送方电脑的时钟明显快于本机。请检查两台电脑的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="141"/>
        <source>{who}: {minutes} minutes ahead</source>
        <translation>{who}：快了 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="145"/>
        <source>what it belongs to is in the trash</source>
        <translation>所属记录在回收站中</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflicts.py" line="147"/>
        <source>what it belongs to has not arrived yet</source>
        <translation>所属记录尚未同步过来</translation>
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
        <location filename="../../kadesk/ui/map_tab.py" line="200"/>
        <location filename="../../kadesk/ui/map_tab.py" line="276"/>
        <source>Contact map</source>
        <translation>关系图</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="205"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="218"/>
        <source>Move {name}</source>
        <translation>移动 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="231"/>
        <source>Re-layout the contact map</source>
        <translation>重新布局关系图</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="240"/>
        <source>Link {a} and {b}</source>
        <translation>关联 {a} 与 {b}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="245"/>
        <source>Remove a relation</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="261"/>
        <source>Export the contact map</source>
        <translation>导出关系图</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="261"/>
        <source>contact-map</source>
        <translation>关系图</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/map_tab.py" line="262"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ContactsMetModel</name>
    <message>
        <location filename="../../kadesk/ui/contacts_met.py" line="52"/>
        <source>Met</source>
        <translation>见到的人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_met.py" line="52"/>
        <source>Attitude to us now</source>
        <translation>现在对我方的态度</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="55"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="56"/>
        <source>Role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="58"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="60"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="61"/>
        <source>Strength</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="65"/>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="66"/>
        <source>Last met</source>
        <translation>最近见面</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="67"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="69"/>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="70"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="71"/>
        <source>Move to trash</source>
        <translation>移至回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="72"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="73"/>
        <source>Export &amp;vCard…</source>
        <translation>导出 vCard(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="74"/>
        <source>The selected contacts, else all of them, for a phone or an address book</source>
        <translation>所选联系人（未选择时为全部联系人），可导入手机或通讯录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="76"/>
        <source>Show trash</source>
        <translation>显示回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="40"/>
        <source>Add contact {name}</source>
        <translation>添加联系人 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="43"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="81"/>
        <source>Export selected as vCard…</source>
        <translation>将所选联系人导出为 vCard…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="82"/>
        <source>Export all contacts of the account as vCard…</source>
        <translation>将该客户的全部联系人导出为 vCard…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="134"/>
        <source>This account has no contacts yet, so there is nothing to export.</source>
        <translation>该客户还没有联系人，没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="146"/>
        <source>Move {name} to trash</source>
        <translation>将 {name} 移至回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="152"/>
        <source>Restore {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="62"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="63"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/contacts_tab.py" line="64"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <location filename="../../kadesk/ui/forms.py" line="114"/>
        <source>e.g. 2026-12-14, 12-14, +7, 下周一</source>
        <translation>例如 2026-12-14、12-14、+7、下周一</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="450"/>
        <source>Records already here</source>
        <translation>已有记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="452"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="459"/>
        <source>Skip them: leave the records here as they are</source>
        <translation>跳过：已有记录保持不变</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="460"/>
        <source>Update empty fields: fill in only what is missing here</source>
        <translation>补全空白字段：只填写已有记录中缺少的内容</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="461"/>
        <source>Update all: the file&apos;s values replace those here</source>
        <translation>全部更新：用文件中的值覆盖已有的值</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="462"/>
        <source>Create anyway: a new record even if the name matches</source>
        <translation>仍然新建：即使名称相同也新建一条记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="472"/>
        <source>A row matches an account with the same name (simplified or traditional, spaces and punctuation aside), and a contact of that account with the same name or phone number. A name that only sounds the same is never updated: it is created and listed under Sync conflicts to merge. Every import can be undone.</source>
        <translation>名称相同的客户视为匹配（不区分简繁体，忽略空格和标点），该客户下姓名或电话号码相同的联系人视为匹配。仅读音相同的名称不会被更新，而是新建一条记录，并列入“同步冲突”供合并。每次导入都可以撤销。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="484"/>
        <source>In the first {rows} rows, {n} match a record already in kadesk. What should happen to those?</source>
        <translation>前 {rows} 行中，有 {n} 条与 kadesk 中已有的记录匹配。这些记录如何处理？</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../kadesk/ui/dialogs.py" line="83"/>
        <source>Save what you have typed here?</source>
        <translation>要保存这里已填写的内容吗？</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="23"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="24"/>
        <source>Longer than {max} characters.</source>
        <translation>长度超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="26"/>
        <source>&apos;{value}&apos; is not one of the allowed values.</source>
        <translation>“{value}”不是允许的取值。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="27"/>
        <source>Must be between {min} and {max}.</source>
        <translation>必须介于 {min} 和 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="28"/>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="29"/>
        <source>&apos;{value}&apos; is not a three-letter currency code such as CNY.</source>
        <translation>“{value}”不是三位字母的货币代码（如 CNY）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="31"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>“{value}”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="35"/>
        <source>Cannot be before {other}.</source>
        <translation>不能早于{other}。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="36"/>
        <source>&apos;{value}&apos; is not a unified social credit code (18 characters, the last a check digit).</source>
        <translation>“{value}”不是统一社会信用代码（18 位，最后一位为校验码）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="39"/>
        <source>&apos;{value}&apos; is not a colour such as #1f4e79.</source>
        <translation>“{value}”不是颜色值，例如 #1f4e79。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="40"/>
        <source>Not a PNG or JPEG image.</source>
        <translation>不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="41"/>
        <source>Larger than {max} KB.</source>
        <translation>超过 {max} KB。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="42"/>
        <source>That contact does not exist or is in the trash.</source>
        <translation>该联系人不存在或已在回收站中。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="45"/>
        <source>This field cannot be edited here.</source>
        <translation>此字段不能在这里编辑。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="46"/>
        <source>That list entry no longer exists.</source>
        <translation>该列表项已不存在。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="47"/>
        <source>Must belong to the same account.</source>
        <translation>必须属于同一客户。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="48"/>
        <source>A contact cannot report to themselves.</source>
        <translation>联系人不能向自己汇报。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="49"/>
        <source>{name} already reports to this contact; that would make a loop.</source>
        <translation>{name} 已经向该联系人汇报，这样会形成循环汇报关系。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="51"/>
        <source>A contact cannot be related to themselves.</source>
        <translation>联系人不能与自己建立关系。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="52"/>
        <source>These two contacts are already linked this way.</source>
        <translation>这两位联系人已有这种关系。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="54"/>
        <source>The same contact is listed twice.</source>
        <translation>同一联系人被重复列出。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="55"/>
        <source>An entry with the code &apos;{value}&apos; already exists.</source>
        <translation>代码为“{value}”的条目已存在。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="56"/>
        <source>&apos;{value}&apos; is not an amount; type digits, e.g. 12,500.00.</source>
        <translation>“{value}”不是有效的金额，请输入数字，例如 12,500.00。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="62"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="63"/>
        <source>the visit date</source>
        <translation>拜访日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="64"/>
        <source>the proposal date</source>
        <translation>方案日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="69"/>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="69"/>
        <source>site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="70"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="70"/>
        <source>visit</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="71"/>
        <source>proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="72"/>
        <location filename="../../kadesk/ui/messages.py" line="75"/>
        <source>relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="73"/>
        <location filename="../../kadesk/ui/messages.py" line="74"/>
        <source>list entry</source>
        <translation>列表项</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="93"/>
        <source>This {entity} no longer exists (it may have been deleted).</source>
        <translation>该{entity}已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="95"/>
        <source>This {entity} is in the trash; restore it before editing.</source>
        <translation>该{entity}在回收站中，请先恢复再编辑。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="96"/>
        <source>The {entity} it belongs to is in the trash; restore it first.</source>
        <translation>其所属的{entity}在回收站中，请先将其恢复。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="98"/>
        <source>Built-in list entries cannot be deleted; hide them instead.</source>
        <translation>内置列表项不能删除，但可以将其隐藏。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="100"/>
        <source>The period ends ({end}) before it starts ({start}); swap the dates.</source>
        <translation>时间段的结束日期（{end}）早于开始日期（{start}），请对调两个日期。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="102"/>
        <source>A visit report covers at most {days} days; choose a shorter period.</source>
        <translation>拜访报告最多覆盖 {days} 天，请选择更短的时间段。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="104"/>
        <source>No rep named &apos;{rep}&apos; has logged a visit. Reps: {reps}.</source>
        <translation>没有名为“{rep}”且记录过拜访的销售。现有销售：{reps}。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="106"/>
        <source>kadesk is already open on {path}. Close the other window first.</source>
        <translation>kadesk 已在另一个窗口中打开 {path}，请先关闭该窗口。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="108"/>
        <source>{path} is not a kadesk database, or it is damaged. Open another folder with --data-dir, or restore a backup.</source>
        <translation>{path} 不是 kadesk 数据库，或者文件已损坏。请用 --data-dir 打开其他文件夹，或从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="111"/>
        <source>This database was written by a newer kadesk (schema {found}); install the newer version to open it.</source>
        <translation>此数据库由更新版本的 kadesk 写入（数据结构版本 {found}），请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="15"/>
        <location filename="../../kadesk/ui/sync_messages.py" line="12"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="17"/>
        <source>{path} is empty (0 bytes).</source>
        <translation>{path} 是空文件（0 字节）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="18"/>
        <source>{path} is protected by a password or is an old .xls workbook. Open it in Excel or WPS, save it as .xlsx without a password, and import that.</source>
        <translation>{path} 设有密码保护，或是旧版 .xls 工作簿。请在 Excel 或 WPS 中打开，另存为不带密码的 .xlsx 文件，再导入该文件。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="22"/>
        <source>{path} is not an Excel workbook (.xlsx), or it is damaged. Save it as .xlsx or as CSV in Excel or WPS.</source>
        <translation>{path} 不是 Excel 工作簿（.xlsx），或者文件已损坏。请在 Excel 或 WPS 中将其另存为 .xlsx 或 CSV 格式。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="25"/>
        <source>{path}: kadesk imports tables from .xlsx and .csv files and contacts from .vcf files.</source>
        <translation>{path}：kadesk 只能从 .xlsx 和 .csv 文件导入表格，从 .vcf 文件导入联系人。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="28"/>
        <source>{path} has no sheet named &apos;{sheet}&apos;; its sheets are: {sheets}.</source>
        <translation>{path} 中没有名为“{sheet}”的工作表；现有工作表：{sheets}。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="30"/>
        <source>{path}{where} holds no data: the sheet is empty or has a header only.</source>
        <translation>{path}{where} 中没有数据：工作表为空，或只有表头。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="33"/>
        <source>{path} has {rows} rows; kadesk imports at most {limit} at a time. Split the file and import the parts.</source>
        <translation>{path} 共有 {rows} 行，kadesk 每次最多导入 {limit} 行。请拆分文件后分批导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="36"/>
        <source>{path} ({sheet}): the header row has merged cells ({cells}). Unmerge them so that every column has a header of its own.</source>
        <translation>{path}（{sheet}）：表头行中有合并单元格（{cells}）。请取消合并，使每一列都有自己的表头。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="39"/>
        <source>{path} is not {encoding} text (line {line}). Choose another encoding: Excel in mainland China writes GB18030 (GBK), in Taiwan and Hong Kong Big5.</source>
        <translation>{path} 不是 {encoding} 编码的文本（第 {line} 行）。请选择其他编码：中国大陆的 Excel 使用 GB18030（GBK），港台地区使用 Big5。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="43"/>
        <source>&apos;{encoding}&apos; is not an encoding kadesk knows.</source>
        <translation>kadesk 无法识别编码“{encoding}”。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="45"/>
        <source>{path} cannot be read as CSV ({detail}).</source>
        <translation>无法将 {path} 作为 CSV 文件读取（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="47"/>
        <source>No column is mapped to {field}, which every row needs. Map the column holding it.</source>
        <translation>没有列对应到“{field}”，而这是每一行的必填项。请指定包含该内容的列。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="50"/>
        <source>{field} is mapped from more than one column ({columns}); map it from one.</source>
        <translation>“{field}”对应了多个列（{columns}），请只保留一列。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="53"/>
        <source>Contacts need their account: map the column naming it, or choose one account for every row.</source>
        <translation>联系人必须有所属客户：请指定包含客户名称的列，或为所有行选择同一个客户。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="56"/>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="57"/>
        <source>The import of {file} ({when}) was already undone on {undone}.</source>
        <translation>{file} 的导入（{when}）已于 {undone} 撤销。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="59"/>
        <source>{path}, line {line}: {detail}. The file is damaged or is not a vCard.</source>
        <translation>{path}，第 {line} 行：{detail}。文件已损坏或不是 vCard 文件。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="67"/>
        <source>A formula with no saved result: open the file in Excel or WPS, save it, and import again (or type the value).</source>
        <translation>公式没有保存计算结果：请在 Excel 或 WPS 中打开并保存文件，然后重新导入（或直接填写数值）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="70"/>
        <source>The cell shows the error {value}; correct it in the file.</source>
        <translation>单元格显示错误 {value}，请在文件中更正。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="72"/>
        <source>&apos;{value}&apos; is not a date; write it as 2024-03-05, 2024/3/5 or 2024年3月5日.</source>
        <translation>“{value}”不是有效的日期，请写成 2024-03-05、2024/3/5 或 2024年3月5日。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="75"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="76"/>
        <source>&apos;{value}&apos; is not an amount; write it as 12500, ¥12,500.00 or 1.25万.</source>
        <translation>“{value}”不是有效的金额，请写成 12500、¥12,500.00 或 1.25万。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="78"/>
        <source>&apos;{value}&apos; is not one of: {choices}.</source>
        <translation>“{value}”不是以下取值之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="79"/>
        <source>&apos;{value}&apos; is not in the industry list, so the industry is left empty.</source>
        <translation>“{value}”不在行业列表中，行业将留空。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="81"/>
        <source>Differs from row {row}, which names the same account; the value there is kept.</source>
        <translation>与同一客户的第 {row} 行不一致，以该行的值为准。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="84"/>
        <source>There is no account &apos;{value}&apos;.</source>
        <translation>没有名为“{value}”的客户。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="85"/>
        <source>Sounds like the existing &apos;{name}&apos; but is not the same name: created, and listed under Sync conflicts as a possible duplicate.</source>
        <translation>与已有的“{name}”读音相同但名称不同：作为新记录创建，并以“可能重复”列入“同步冲突”。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="88"/>
        <source>The same person as row {row}.</source>
        <translation>与第 {row} 行是同一人。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="89"/>
        <source>Left out: its {property} (line {line}) is in the character set &apos;{charset}&apos;, which kadesk does not know.</source>
        <translation>未导入：其 {property}（第 {line} 行）使用字符集“{charset}”，kadesk 无法识别。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="92"/>
        <source>Left out: its {property} (line {line}) is neither UTF-8 nor GBK and the card does not say which character set it is in (CHARSET=); export it again as vCard 3.0.</source>
        <translation>未导入：其 {property}（第 {line} 行）既不是 UTF-8 也不是 GBK，名片也未注明字符集（CHARSET=）；请以 vCard 3.0 格式重新导出。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="96"/>
        <source>Left out: its {property} (line {line}) is not valid {charset} although the card says it is.</source>
        <translation>未导入：其 {property}（第 {line} 行）注明为 {charset}，但内容不是有效的该编码文本。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="13"/>
        <source>Ask the sender to export it again.</source>
        <translation>请发送方重新导出。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="14"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="16"/>
        <source>{path} is empty (0 bytes): the copy was interrupted. Copy the package again.</source>
        <translation>{path} 是空文件（0 字节）：复制过程被中断。请重新复制同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="19"/>
        <source>{path} is not a kadesk sync package (not a zip file, or cut short while copying).</source>
        <translation>{path} 不是 kadesk 同步包（不是 zip 文件，或复制时被截断）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="22"/>
        <source>{path} holds &apos;{name}&apos;, which a kadesk package never holds ({why}): the file was altered or is not from kadesk.</source>
        <translation>{path} 含有“{name}”，kadesk 同步包从不包含此项（{why}）：文件已被改动或并非来自 kadesk。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="25"/>
        <source>{path} lacks its {name}: the file is damaged or is not a kadesk package.</source>
        <translation>{path} 缺少 {name}：文件已损坏或不是 kadesk 同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="28"/>
        <source>{path} holds {name} more than once, which kadesk never writes: the file was altered.</source>
        <translation>{path} 中 {name} 出现了不止一次，kadesk 从不这样写入：文件已被改动。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="31"/>
        <source>{path}: {name} would unpack to more than {limit} bytes (a damaged or malicious file).</source>
        <translation>{path}：{name} 解压后将超过 {limit} 字节（文件已损坏或有恶意）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="34"/>
        <source>{path}: {name} is not the size its manifest states ({expected} bytes): the file is damaged.</source>
        <translation>{path}：{name} 的大小与清单所写（{expected} 字节）不符：文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="37"/>
        <source>{path}: {name} does not match its checksum: the file was damaged in transit.</source>
        <translation>{path}：{name} 与校验和不符：文件在传输中损坏。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="40"/>
        <source>{path} is a zip file but not a kadesk sync package.</source>
        <translation>{path} 是 zip 文件，但不是 kadesk 同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="42"/>
        <source>{path} was written by a newer kadesk (package format {found}, this one reads {supported}). Update kadesk, then import it again.</source>
        <translation>{path} 由更新版本的 kadesk 写入（包格式 {found}，本版本只能读取 {supported}）。请升级 kadesk 后再导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="45"/>
        <source>{path} comes from a newer kadesk (schema {found}, this one has {ours}). Update kadesk, then import it again.</source>
        <translation>{path} 来自更新版本的 kadesk（数据结构 {found}，本版本为 {ours}）。请升级 kadesk 后再导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="48"/>
        <source>{path} comes from an older kadesk (schema {found}, this one has {ours}). Ask the sender to update kadesk and export again.</source>
        <translation>{path} 来自较旧版本的 kadesk（数据结构 {found}，本版本为 {ours}）。请发送方升级 kadesk 后重新导出。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="53"/>
        <source>{path}: the package&apos;s manifest is damaged.</source>
        <translation>{path}：同步包的清单已损坏。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="56"/>
        <source>{path}, change {line}: the package is damaged or was not written by kadesk.</source>
        <translation>{path}，第 {line} 条变更：同步包已损坏或并非由 kadesk 写入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="63"/>
        <source>{path}, change {line}: the {table} &apos;{id}&apos; appears twice; kadesk never writes that, so the file was altered.</source>
        <translation>{path}，第 {line} 条变更：{table}“{id}”出现了两次；kadesk 从不这样写入，文件已被改动。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="66"/>
        <source>{path}: the manifest announces {expected} changes to {table} but the package holds {found}: it is incomplete.</source>
        <translation>{path}：清单写明 {table} 有 {expected} 条变更，但同步包中只有 {found} 条：文件不完整。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="69"/>
        <source>{path} carries changes stamped {minutes} minutes ahead of this computer&apos;s clock. Check the date and time on both computers, then import again.</source>
        <translation>{path} 中的变更时间比本机时钟快 {minutes} 分钟。请检查两台电脑的日期和时间，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="106"/>
        <source>{path}, sent by {sender}: the change to the {table} &apos;{id}&apos; attributed to {origin} does not match what {origin} signed: it was altered after {origin} made it.</source>
        <translation>{path}（由 {sender} 发送）：{table}“{id}”中署名为 {origin} 的修改与 {origin} 的签名不符：它在 {origin} 修改之后被篡改过。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="110"/>
        <source>{path}, sent by {sender}: the change to the {table} &apos;{id}&apos; ({field}) is attributed to {origin} but carries no signature of {origin}&apos;s: it was forged or altered on the way.</source>
        <translation>{path}（由 {sender} 发送）：{table}“{id}”（{field}）中的修改署名为 {origin}，却没有 {origin} 的签名：它是伪造的，或在传递途中被篡改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="114"/>
        <source>{path}, sent by {sender}: the change to the {table} &apos;{id}&apos; ({field}) is attributed to {origin} but signed by {signer}: nobody may sign a change in another computer&apos;s name.</source>
        <translation>{path}（由 {sender} 发送）：{table}“{id}”（{field}）中的修改署名为 {origin}，签名者却是 {signer}：任何人都不能以另一台电脑的名义签署修改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="118"/>
        <source>{path}, sent by {sender}: the change to the {table} &apos;{id}&apos; ({field}) is signed by {signer}, whose computer is not admitted to this team&apos;s roster here.</source>
        <translation>{path}（由 {sender} 发送）：{table}“{id}”（{field}）中的修改由 {signer} 签名，而本机的团队名册中没有接纳这台电脑。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="122"/>
        <source>{path}, sent by {sender}: the change to the {table} &apos;{id}&apos; ({field}) was made by {origin} after that computer was revoked from the team: it is not taken (what it made before stays).</source>
        <translation>{path}（由 {sender} 发送）：{table}“{id}”（{field}）中的修改是 {origin} 在其电脑被撤销出团队之后做的：不予接受（之前的修改保留）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="126"/>
        <source>{path}, sent by {sender}: the {table} &apos;{id}&apos; ({field}, attributed to {origin}) is vouched for by {signer}, who did not secure this team: only the computer that secured it vouches for what came before.</source>
        <translation>{path}（由 {sender} 发送）：{table}“{id}”（{field}，署名为 {origin}）由 {signer} 担保，但担保者并不是启用本团队安全同步的电脑：只有那台电脑能为之前的数据担保。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="130"/>
        <source>{path}, sent by {sender}: the {table} &apos;{id}&apos; claims to be one of kadesk&apos;s built-in entries, and is not: it was forged.</source>
        <translation>{path}（由 {sender} 发送）：{table}“{id}”自称是 kadesk 的内置条目，实际不是：它是伪造的。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="143"/>
        <source>{path} lists the device id {device} as its own, and that id is {name}&apos;s: nobody was admitted. If the request is genuine, the laptop was copied from {name}&apos;s: make a new database on it and send a new request.</source>
        <translation>{path} 声称设备编号 {device} 属于自己，而这个编号属于 {name}：未接纳任何电脑。如果这份申请是真的，那台电脑是从 {name} 的电脑复制来的：请在它上面新建数据库，再发送新的申请。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="155"/>
        <source>{path} was exported by this computer; import it on another one.</source>
        <translation>{path} 是本机导出的；请在其他电脑上导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="158"/>
        <source>{path} belongs to another team ({team}).</source>
        <translation>{path} 属于另一个团队（{team}）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="160"/>
        <source>{path}: the {table} &apos;{id}&apos; carries the same change stamp as here but a different value: the package comes from a copied kadesk installation or was forged.</source>
        <translation>{path}：{table}“{id}”的变更时间戳与本机相同但内容不同：同步包来自被复制的 kadesk 安装，或是伪造的。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="164"/>
        <source>No colleague &apos;{peer}&apos; has sent this computer a package yet; use Export everything instead.</source>
        <translation>同事“{peer}”尚未向本机发送过同步包；请改用“导出全部”。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="167"/>
        <source>Setting up from a package needs an empty database, and {path} already holds data. Use Import package instead.</source>
        <translation>从同步包初始化需要空数据库，而 {path} 中已有数据。请改用“导入同步包”。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="170"/>
        <source>{path} holds only recent changes; setting up needs a full package (Export everything on the colleague&apos;s computer).</source>
        <translation>{path} 只包含最近的变更；初始化需要完整同步包（在同事电脑上使用“导出全部”）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="173"/>
        <source>The disk holding {path} is full. Free some space and try again. Nothing was changed.</source>
        <translation>{path} 所在的磁盘已满。请清理空间后重试。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="176"/>
        <source>The package written to {path} failed its check when read back (the disk or the copy is faulty). It was removed; export again to another place.</source>
        <translation>写入 {path} 的同步包在回读校验时失败（磁盘或复制有问题）。该文件已删除；请导出到其他位置。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="179"/>
        <source>Export cancelled; no package was written to {path}.</source>
        <translation>已取消导出；未向 {path} 写入同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="181"/>
        <source>That conflict is no longer open; it may have been settled already.</source>
        <translation>该冲突已不是待处理状态，可能已被处理。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="183"/>
        <source>Only two live records of the same kind can be merged; these two cannot (a different kind, the same record, or one is in the trash).</source>
        <translation>只能合并两条同类且未删除的记录；这两条不能合并（类型不同、是同一条记录，或其中一条在回收站中）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="186"/>
        <source>There is no package import to undo: none since the last undo, or its undo record was removed.</source>
        <translation>没有可撤销的同步包导入：上次撤销后没有再导入，或撤销记录已被删除。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="189"/>
        <source>The import of package {package} cannot be undone: it was not imported here, was undone already, or its undo record was removed.</source>
        <translation>无法撤销同步包 {package} 的导入：该同步包不是在本机导入的、已被撤销，或其撤销记录已被删除。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="192"/>
        <source>The import of package {package} from {source} can no longer be undone: this database changed since (an edit or another import). Only the most recent import can be undone, before anything else changes.</source>
        <translation>已无法撤销来自 {source} 的同步包 {package} 的导入：此后数据库已有变动（有编辑或其他导入）。只有最近一次导入可以撤销，且须在数据库发生其他任何变动之前。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="196"/>
        <source>The import of package {package} from {source} can no longer be undone: a package exported since tells colleagues that this computer holds its changes, so they would not send them again.</source>
        <translation>已无法撤销来自 {source} 的同步包 {package} 的导入：此后导出的同步包已告知同事本机拥有这些变更，他们不会再次发送。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_messages.py" line="12"/>
        <source>No account matches the current filters; nothing was exported.</source>
        <translation>没有符合当前筛选条件的客户；未导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_messages.py" line="14"/>
        <source>No visit was logged from {start} to {end} (with these filters); nothing was exported.</source>
        <translation>{start} 至 {end} 期间没有（符合筛选条件的）拜访记录；未导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_messages.py" line="17"/>
        <source>There is no contact to export (none chosen, or only ones in the trash); nothing was exported.</source>
        <translation>没有可导出的联系人（未选择联系人，或所选联系人都在回收站中）；未导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_messages.py" line="20"/>
        <source>There are no follow-ups from {since} on and no planned visits; nothing was exported.</source>
        <translation>{since} 起没有待跟进事项，也没有计划中的拜访；未导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_messages.py" line="23"/>
        <source>{path}: kadesk writes tables as {formats}; choose one of those endings. Nothing was exported.</source>
        <translation>{path}：kadesk 只能将表格导出为 {formats}，请使用其中一种扩展名。未导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="59"/>
        <source>{path}, change {line}: the {table} &apos;{id}&apos; holds a value kadesk&apos;s editor refuses ({field}: {problem}). Ask {sender} to correct it and export again.</source>
        <translation>{path}，第 {line} 条变更：{table}“{id}”含有 kadesk 编辑器不接受的值（{field}：{problem}）。请 {sender} 改正后重新导出。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="73"/>
        <source>{path}: the package states a counter ({field} = {value}) that no kadesk can have reached: it was altered or is damaged.</source>
        <translation>{path}：同步包中的计数（{field} = {value}）是任何 kadesk 都不可能达到的：文件已被篡改或已损坏。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="76"/>
        <source>{path} does not check out against its team key: it was altered or damaged after it was written.</source>
        <translation>{path} 与团队密钥校验不符：写出后被篡改或损坏。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="79"/>
        <source>{path} is sealed for the members of this team, and this computer is not one of them (not admitted yet, or revoked). Send head office an admission request (kadesk sync request).</source>
        <translation>{path} 只供本团队成员读取，而这台电脑不是成员（尚未获准加入，或已被撤销）。请向总部发送加入申请（kadesk sync request）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="83"/>
        <source>{path} is sealed for the members of another team; this computer cannot read it. To join that team, send its head office an admission request.</source>
        <translation>{path} 只供另一个团队的成员读取，这台电脑无法读取。如要加入该团队，请向其总部发送加入申请。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="87"/>
        <source>{path} is sealed with a team key that a revocation replaced before this computer had it: it comes from a revoked computer, or is older than this computer&apos;s membership. Ask the sender for a new package.</source>
        <translation>{path} 使用的团队密钥在这台电脑获得之前已因撤销而更换：它来自已被撤销的电脑，或早于这台电脑加入团队。请发送方重新发一个同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="91"/>
        <source>{path} claims to come from {sender} but is not signed (an older kadesk, or a forged file), and this team takes signed packages only. If it is {sender}&apos;s, ask them to update kadesk and to send head office an admission request.</source>
        <translation>{path} 自称来自 {sender}，但没有签名（旧版 kadesk，或伪造的文件），而本团队只接受已签名的同步包。如果确实是 {sender} 的，请对方升级 kadesk 并向总部发送加入申请。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="96"/>
        <source>{path} claims to come from {sender}, but its signature does not match its contents: it was forged or altered.</source>
        <translation>{path} 自称来自 {sender}，但签名与内容不符：文件是伪造的或已被篡改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="99"/>
        <source>{path} claims to come from {sender}, whose computer is not admitted to this team&apos;s roster here, so it is not trusted. If {sender} belongs to the team, head office admits their admission request first.</source>
        <translation>{path} 自称来自 {sender}，但本机的团队名单中没有这台电脑，因此不受信任。如果 {sender} 属于本团队，请总部先批准其加入申请。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="103"/>
        <source>{path} comes from {sender}, whose computer {by} revoked from the team: its packages are no longer taken (what it sent before stays).</source>
        <translation>{path} 来自 {sender}，其电脑已被 {by} 从团队中撤销：不再接受它的同步包（之前发来的内容保留）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="133"/>
        <source>This team is secured already.</source>
        <translation>本团队已启用加密与签名。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="135"/>
        <source>This team is not secured yet: head office secures it first.</source>
        <translation>本团队尚未启用加密与签名：请总部先启用。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="137"/>
        <source>Only an admin of the team (head office, or whom it made admin) admits and revokes computers.</source>
        <translation>只有团队管理员（总部，或总部指定的管理员）才能批准或撤销电脑。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="140"/>
        <source>{path} is not a kadesk admission request, or its signature does not match: nobody was admitted.</source>
        <translation>{path} 不是 kadesk 加入申请，或签名不符：没有批准任何电脑。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="147"/>
        <source>{path} comes from {name}&apos;s computer, which was revoked: it cannot be admitted again.</source>
        <translation>{path} 来自 {name} 的电脑，该电脑已被撤销，不能再次批准。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="150"/>
        <source>No other member of the roster is &apos;{who}&apos;; members: {known}.</source>
        <translation>团队名单中没有其他成员叫“{who}”；成员：{known}。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_messages.py" line="152"/>
        <source>This computer holds no current team key yet: import a package from head office first, then export again.</source>
        <translation>这台电脑还没有当前的团队密钥：请先导入总部的同步包，再导出。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="76"/>
        <source>contact met at a visit</source>
        <translation>拜访会见的联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="77"/>
        <source>objection raised at a visit</source>
        <translation>拜访中提出的异议</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="78"/>
        <source>proposal line item</source>
        <translation>方案明细项</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="25"/>
        <source>More than {max}; keep the ones people use.</source>
        <translation>超过 {max} 个；请保留常用的。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="32"/>
        <source>&apos;{value}&apos; is not a phone number; write it as on a card, e.g. 0755-2665 6677 转 8001, +852 2345 6789, or two as 137 0013 7000 / 136 0013 6000.</source>
        <translation>“{value}”不是电话号码；请按名片上的写法填写，例如 0755-2665 6677 转 8001、+852 2345 6789，两个号码写作 137 0013 7000 / 136 0013 6000。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/messages.py" line="43"/>
        <source>&apos;{value}&apos; is not a date; type 2026-12-14, 12-14, +7 or 下周一.</source>
        <translation>“{value}”不是日期；请输入 2026-12-14、12-14、+7 或 下周一。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="107"/>
        <source>choices</source>
        <comment>the parameter holding list labels in this language: choices (English) or choices_zh</comment>
        <translation>choices_zh</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_messages.py" line="117"/>
        <source>The field is left empty.</source>
        <translation>该字段留空。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="43"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="44"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="45"/>
        <source>CSV, GB18030 for older Excel and WPS (*.csv)</source>
        <translation>CSV，GB18030 编码，适用于旧版 Excel 和 WPS (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="75"/>
        <source>{reason}. Nothing was exported.</source>
        <translation>{reason}。未导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="79"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="96"/>
        <source>Select the contacts to export first.</source>
        <translation>请先选择要导出的联系人。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="99"/>
        <source>vCard 3.0, for phones and most address books (*.vcf)</source>
        <translation>vCard 3.0，适用于手机和大多数通讯录 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="101"/>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="104"/>
        <source>Export contacts as vCard</source>
        <translation>将联系人导出为 vCard</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="112"/>
        <source>{n} contact(s) exported to {path}</source>
        <translation>已将 {n} 位联系人导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="159"/>
        <source>&amp;Account list…</source>
        <translation>客户列表(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="160"/>
        <source>The accounts the list shows, with its filters and order, as .xlsx or .csv</source>
        <translation>列表中显示的客户（沿用当前筛选和排序），导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="161"/>
        <source>&amp;Visit log…</source>
        <translation>拜访记录(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="162"/>
        <source>The visits of a period, as .xlsx or .csv</source>
        <translation>一段时间内的拜访，导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="164"/>
        <source>&amp;Calendar…</source>
        <translation>日历(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="165"/>
        <source>Follow-ups and planned visits, for your calendar app (.ics)</source>
        <translation>跟进事项和计划拜访，用于日历应用（.ics）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="168"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="188"/>
        <source>No account matches the current filters, so there is nothing to export.</source>
        <translation>没有符合当前筛选条件的客户，没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="191"/>
        <source>Export the account list</source>
        <translation>导出客户列表</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="200"/>
        <source>{n} accounts exported to {path}</source>
        <translation>已将 {n} 个客户导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="218"/>
        <source>The period ends before it starts; swap the dates.</source>
        <translation>结束日期早于开始日期，请对调两个日期。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="222"/>
        <source>No visit was logged in that period, so there is nothing to export.</source>
        <translation>该时间段内没有拜访记录，没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="225"/>
        <source>Export the visit log</source>
        <translation>导出拜访记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="233"/>
        <source>{n} visits exported to {path}</source>
        <translation>已将 {n} 条拜访记录导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="243"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="244"/>
        <location filename="../../kadesk/ui/export_actions.py" line="257"/>
        <source>Export to your calendar</source>
        <translation>导出到日历</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="252"/>
        <source>{n} follow-ups and visits exported to {path}; import the file into your calendar</source>
        <translation>已将 {n} 项跟进和拜访导出到 {path}，请将该文件导入日历应用</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="258"/>
        <source>Export the follow-ups and planned visits of {name} only, or of every account?</source>
        <translation>只导出 {name} 的跟进事项和计划拜访，还是导出所有客户的？</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="261"/>
        <source>Only {name}</source>
        <translation>仅 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="263"/>
        <source>Every account</source>
        <translation>所有客户</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="14"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="15"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="16"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="17"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="18"/>
        <source>Headquarters city</source>
        <translation>总部所在城市</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="19"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="20"/>
        <source>Account type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="21"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="22"/>
        <source>Relationship stage</source>
        <translation>关系阶段</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="23"/>
        <source>Buying stage</source>
        <translation>采购阶段</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="24"/>
        <source>Annual revenue with us</source>
        <translation>年度合作营收</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="25"/>
        <source>Monthly contribution</source>
        <translation>月度贡献</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="26"/>
        <source>Volume</source>
        <translation>业务量</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="27"/>
        <source>Cooperation since</source>
        <translation>合作起始日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="28"/>
        <source>Business model</source>
        <translation>业务模式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="29"/>
        <source>What they buy</source>
        <translation>采购内容</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="30"/>
        <source>Special operations</source>
        <translation>特殊操作要求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="31"/>
        <source>Financial needs</source>
        <translation>财务需求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="32"/>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="33"/>
        <source>Unmet needs</source>
        <translation>未满足的需求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="34"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="35"/>
        <source>Owner (rep)</source>
        <translation>负责人（销售代表）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="36"/>
        <source>Service model</source>
        <translation>服务模式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="37"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="38"/>
        <source>In the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="39"/>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="40"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="41"/>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="42"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="43"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="44"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="45"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="46"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="47"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="48"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="49"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="50"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="51"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="52"/>
        <source>Personal notes</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="53"/>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="54"/>
        <source>Attitude to us</source>
        <translation>对我方态度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="55"/>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="56"/>
        <source>Relationship strength</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="57"/>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="58"/>
        <source>Place on the contact map</source>
        <translation>在联系人地图上的位置</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="59"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="60"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="61"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="62"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="63"/>
        <source>Colleagues who came</source>
        <translation>同行同事</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="64"/>
        <source>Purpose, summary, outcome and next steps</source>
        <translation>目的、纪要、结果和下一步</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="65"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="66"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="67"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="68"/>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="69"/>
        <source>Their words</source>
        <translation>对方原话</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="70"/>
        <source>Our response</source>
        <translation>我们的回应</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="71"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="72"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="73"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="74"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="75"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="76"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="77"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="78"/>
        <source>Needs as we understood them</source>
        <translation>我方理解的客户需求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="79"/>
        <source>Proposed solution</source>
        <translation>建议方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="80"/>
        <source>Value-added services</source>
        <translation>增值服务</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="81"/>
        <source>Expected benefits</source>
        <translation>预期收益</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="82"/>
        <source>Terms</source>
        <translation>商务条款</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="83"/>
        <source>Previous version</source>
        <translation>上一版本</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="84"/>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="85"/>
        <source>Position</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="86"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="87"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="88"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="89"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/field_labels.py" line="90"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflict_values.py" line="52"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflict_values.py" line="56"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflict_values.py" line="67"/>
        <source>kept</source>
        <translation>已采用</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflict_values.py" line="75"/>
        <source>device {id}</source>
        <translation>设备 {id}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflict_values.py" line="106"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflict_values.py" line="106"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/conflict_values.py" line="115"/>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="142"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="143"/>
        <source>A vCard file (.vcf) from a phone or e-mail program.</source>
        <translation>从手机或邮件程序导出的 vCard 文件（.vcf）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="145"/>
        <source>An Excel workbook (.xlsx) or a CSV file, with a header row.</source>
        <translation>带表头行的 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="147"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="152"/>
        <source>Accounts (a row may also hold one contact of the account)</source>
        <translation>客户（每行还可包含该客户的一位联系人）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="154"/>
        <source>Contacts of accounts already in kadesk</source>
        <translation>kadesk 中已有客户的联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="158"/>
        <source>Optional: the account every contact goes to (else by the company on each card)</source>
        <translation>可选：所有联系人归入的客户（不填则按每张名片上的公司归入）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="160"/>
        <source>Optional: the account every contact goes to</source>
        <translation>可选：所有联系人归入的客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="179"/>
        <source>vCard (*.vcf *.vcard)</source>
        <translation>vCard 文件 (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="180"/>
        <source>Tables (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="192"/>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="218"/>
        <source>No account matches &apos;{text}&apos;.</source>
        <translation>没有与“{text}”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="219"/>
        <source>&apos;{text}&apos; matches several accounts: {names}. Type more of the name.</source>
        <translation>“{text}”匹配到多个客户：{names}。请输入更完整的名称。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="28"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="29"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="30"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="31"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="33"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="37"/>
        <source>All reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="40"/>
        <source>Overdue for a visit</source>
        <translation>拜访逾期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="41"/>
        <source>Follow-up due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/filters.py" line="26"/>
        <source>Search (Ctrl+K): name, pinyin, initials, phone, proposal number…</source>
        <translation>搜索（Ctrl+K）：名称、拼音、首字母、电话、方案编号…</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <location filename="../../kadesk/ui/search_popup.py" line="55"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/search_popup.py" line="55"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/search_popup.py" line="56"/>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../kadesk/ui/import_actions.py" line="25"/>
        <source>Import &amp;table…</source>
        <translation>导入表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_actions.py" line="26"/>
        <source>Accounts and contacts from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入客户和联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_actions.py" line="27"/>
        <source>Import &amp;vCard…</source>
        <translation>导入 vCard(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_actions.py" line="28"/>
        <source>Contacts from a phone or e-mail program</source>
        <translation>从手机或邮件程序导入联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_actions.py" line="29"/>
        <source>&amp;Undo last import…</source>
        <translation>撤销上次导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_actions.py" line="30"/>
        <source>Take back everything the last import did</source>
        <translation>撤回上次导入所做的全部更改</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_actions.py" line="36"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_actions.py" line="55"/>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_actions.py" line="60"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_actions.py" line="61"/>
        <source>Undo the import of {file} ({when})? The {accounts} accounts and {contacts} contacts it created go to the trash; the {updated} records it updated get their earlier values back. Records changed since are kept.</source>
        <translation>要撤销 {file}（{when}）的导入吗？该次导入新建的 {accounts} 个客户和 {contacts} 位联系人将移至回收站，更新过的 {updated} 条记录将恢复原值。导入后又被修改过的记录会保留。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_actions.py" line="72"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="82"/>
        <source>Import contacts from vCard</source>
        <translation>从 vCard 导入联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="83"/>
        <source>Import accounts and contacts</source>
        <translation>导入客户和联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="120"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="566"/>
        <source>Imported {file}: {rows} rows.
Accounts: {a_new} created, {a_upd} updated, {a_same} unchanged, {a_skip} skipped.
Contacts: {c_new} created, {c_upd} updated, {c_same} unchanged, {c_skip} skipped.
Rows left out: {rejected}.</source>
        <translation>已导入 {file}：共 {rows} 行。
客户：新建 {a_new} 个，更新 {a_upd} 个，无变化 {a_same} 个，跳过 {a_skip} 个。
联系人：新建 {c_new} 位，更新 {c_upd} 位，无变化 {c_same} 位，跳过 {c_skip} 位。
未导入的行：{rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="576"/>
        <source>The import of {file} was undone: {trashed} records moved to the trash, {restored} given back their earlier values.</source>
        <translation>已撤销 {file} 的导入：{trashed} 条记录已移至回收站，{restored} 条记录已恢复原值。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="580"/>
        <source>{n} records changed since the import were kept.</source>
        <translation>导入后又被修改过的 {n} 条记录已保留。</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="41"/>
        <source>Team letterhead</source>
        <translation>团队信头</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="44"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="44"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="45"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="45"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="46"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="46"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="47"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="47"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="48"/>
        <source>About us</source>
        <translation>公司简介</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="48"/>
        <source>Our network</source>
        <translation>服务网络</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="49"/>
        <source>Qualifications</source>
        <translation>资质认证</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="50"/>
        <source>Closing paragraph</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="53"/>
        <source>Printed on every rep&apos;s proposals and reports; sync takes it to the whole team.</source>
        <translation>打印在每位销售的方案书和报告上；同步后全团队一致。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="59"/>
        <source>Colour</source>
        <translation>主色</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="60"/>
        <source>Accent colour</source>
        <translation>辅助色</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="62"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="66"/>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="111"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="98"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="99"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="112"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="122"/>
        <source>{size} KB image</source>
        <translation>{size} KB 图片</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/letterhead_dialog.py" line="123"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>LineItemsModel</name>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="75"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="75"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="76"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="76"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="77"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="77"/>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="78"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="182"/>
        <source>&apos;{value}&apos; is not a quantity: type a number such as 2.5 (up to three decimals).</source>
        <translation>“{value}”不是有效的数量：请输入数字，如 2.5（最多三位小数）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="184"/>
        <source>&apos;{value}&apos; is not a price: type an amount such as 1,200.00 (up to two decimals).</source>
        <translation>“{value}”不是有效的价格：请输入金额，如 1,200.00（最多两位小数）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="186"/>
        <source>&apos;{value}&apos; is not a discount: type a percentage from 0 to 100.</source>
        <translation>“{value}”不是有效的折扣：请输入 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="188"/>
        <source>&apos;{value}&apos; is not a tax rate: type a percentage from 0 to 100, such as 9 or 6.</source>
        <translation>“{value}”不是税率：请输入 0 到 100 的百分数，例如 9 或 6。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/line_items.py" line="191"/>
        <source>Line {n}:</source>
        <translation>第 {n} 行：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="58"/>
        <location filename="../../kadesk/ui/shell.py" line="22"/>
        <source>kadesk — key accounts</source>
        <translation>kadesk — 大客户管理</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="92"/>
        <source>{file} · device {device}</source>
        <translation>{file} · 设备 {device}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="137"/>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="138"/>
        <source>Follow-ups due and accounts overdue for a visit</source>
        <translation>待跟进事项和拜访逾期的客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="139"/>
        <source>New &amp;account…</source>
        <translation>新建客户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="141"/>
        <source>New &amp;visit…</source>
        <translation>新建拜访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="142"/>
        <source>Log a visit to the selected account</source>
        <translation>为所选客户记录一次拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="143"/>
        <source>Move account to &amp;trash</source>
        <translation>将客户移至回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="145"/>
        <source>&amp;Next account</source>
        <translation>下一个客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="146"/>
        <source>&amp;Previous account</source>
        <translation>上一个客户(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="148"/>
        <source>&amp;Find account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="153"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="155"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="157"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="167"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="169"/>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="170"/>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="171"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="172"/>
        <source>&amp;About kadesk</source>
        <translation>关于 kadesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="180"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="187"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="190"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="194"/>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="197"/>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="205"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="207"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="294"/>
        <source>1 account</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="295"/>
        <source>{n} accounts</source>
        <translation>{n} 个客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="301"/>
        <source>New account {name}</source>
        <translation>新建客户 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="317"/>
        <source>Move {name} to trash</source>
        <translation>将 {name} 移至回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="339"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="340"/>
        <source>Database (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="346"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="347"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="354"/>
        <source>The database is healthy.</source>
        <translation>数据库状态正常。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="355"/>
        <source>Problems found:</source>
        <translation>发现以下问题：</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="358"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="365"/>
        <source>About kadesk</source>
        <translation>关于 kadesk</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="366"/>
        <source>kadesk {version}
Key account management for field reps.</source>
        <translation>kadesk {version}
面向一线销售代表的大客户管理工具。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="378"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="379"/>
        <source>The profile of {name} has unsaved changes.</source>
        <translation>{name} 的客户资料有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="151"/>
        <source>&amp;Search everything…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="152"/>
        <source>Accounts, contacts, phone numbers and proposal numbers</source>
        <translation>客户、联系人、电话号码和方案编号</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="166"/>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/main_window.py" line="200"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="309"/>
        <source>Match the columns</source>
        <translation>匹配字段</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="310"/>
        <source>Each column goes to one field, or is left out. The suggestions come from the column headers.</source>
        <translation>每一列对应一个字段，或者不导入。已根据列标题给出建议。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="332"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
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
        <location filename="../../kadesk/ui/visit_editor.py" line="69"/>
        <source>(removed from the library)</source>
        <translation>（已从异议库中移除）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="74"/>
        <source>What they said, in their words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="77"/>
        <source>Our response</source>
        <translation>我方应对</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="78"/>
        <source>Resolved</source>
        <translation>已化解</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="81"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="30"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="33"/>
        <location filename="../../kadesk/ui/preferences.py" line="39"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="46"/>
        <source>Team letterhead…</source>
        <translation>团队信头…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="49"/>
        <source>Language (applies after restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="50"/>
        <source>Time zone of visit times</source>
        <translation>拜访时间的时区</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="51"/>
        <source>Company, logo, colours</source>
        <translation>公司、标志、颜色</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="52"/>
        <source>Rep name</source>
        <translation>销售代表姓名</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="53"/>
        <source>Rep phone</source>
        <translation>销售代表电话</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/preferences.py" line="54"/>
        <source>Rep e-mail</source>
        <translation>销售代表邮箱</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="362"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="382"/>
        <source>Checking the rows…</source>
        <translation>正在检查数据…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="393"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="393"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="394"/>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="394"/>
        <source>exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="395"/>
        <source>as above</source>
        <translation>同上</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="395"/>
        <source>left out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="404"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="404"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="404"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="404"/>
        <source>Matches</source>
        <translation>匹配记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="413"/>
        <source>Row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="431"/>
        <source>The first {rows} rows: {accounts} new accounts, {contacts} new contacts, {matched} matching records already here, {rejected} rows left out (red). Yellow cells are left empty.</source>
        <translation>前 {rows} 行：新建客户 {accounts} 个，新建联系人 {contacts} 位，与已有记录匹配 {matched} 条，不导入 {rejected} 行（红色）。黄色单元格的值将留空。</translation>
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
        <location filename="../../kadesk/ui/profile_tab.py" line="161"/>
        <source>Add site {name}</source>
        <translation>添加地点 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="164"/>
        <source>Edit site {name}</source>
        <translation>编辑地点 {name}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/profile_tab.py" line="173"/>
        <source>Delete site {name}</source>
        <translation>删除地点 {name}</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="80"/>
        <source>Edit proposal</source>
        <translation>编辑方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="80"/>
        <source>New proposal</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="83"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="84"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="85"/>
        <source>Assigned when saved</source>
        <translation>保存时自动分配</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="86"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="88"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="89"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="91"/>
        <source>Tax rate of new lines</source>
        <translation>新增明细的税率</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="95"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="97"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="98"/>
        <source>Addressed to</source>
        <translation>致（联系人）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="104"/>
        <source>Line items</source>
        <translation>报价明细</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="105"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="106"/>
        <source>Needs as we understood them</source>
        <translation>我方理解的客户需求</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="107"/>
        <source>Proposed solution</source>
        <translation>建议方案</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="108"/>
        <source>Value-added services</source>
        <translation>增值服务</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="109"/>
        <source>Expected benefits</source>
        <translation>预期收益</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="109"/>
        <source>Terms</source>
        <translation>商务条款</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="138"/>
        <source>On-time rate, at least</source>
        <translation>准时率不低于</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="140"/>
        <source>Damage rate, at most</source>
        <translation>货损率不高于</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="142"/>
        <source>Claims settled within</source>
        <translation>理赔结案时限</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="143"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="144"/>
        <source>Claims paid how</source>
        <translation>赔付标准</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="146"/>
        <source>Complaints answered within</source>
        <translation>投诉响应时限</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="147"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="162"/>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="163"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="164"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="165"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="194"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="196"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="201"/>
        <source>One service per line</source>
        <translation>每行一项服务</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="204"/>
        <source>Add service</source>
        <translation>添加服务</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="276"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="279"/>
        <source>{rate}%: {amount}</source>
        <translation>{rate}%：{amount}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/proposal_editor.py" line="323"/>
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
    <name>QtGaps</name>
    <message>
        <location filename="../../kadesk/ui/i18n.py" line="29"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/i18n.py" line="30"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
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
        <location filename="../../kadesk/ui/printing.py" line="110"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="111"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="115"/>
        <source>All reps</source>
        <translation>全体销售</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="119"/>
        <source>Week of</source>
        <translation>所在周</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="120"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="121"/>
        <source>Open the PDF after saving</source>
        <translation>保存后打开 PDF</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="125"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="127"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="156"/>
        <location filename="../../kadesk/ui/printing.py" line="167"/>
        <location filename="../../kadesk/ui/printing.py" line="172"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="157"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="216"/>
        <source>Preparing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="227"/>
        <source>The report could not be written: {reason}. Nothing was saved.</source>
        <translation>报告未能写入：{reason}。未保存任何文件。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="168"/>
        <source>Saved to {path}. No program to show PDFs is set up on this computer: open the file from its folder, or install a PDF viewer.</source>
        <translation>已保存到 {path}。这台电脑上没有可以打开 PDF 的程序：请到文件所在的文件夹中打开，或安装一个 PDF 阅读器。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/printing.py" line="173"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="496"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="502"/>
        <source>&amp;Undo this import</source>
        <translation>撤销本次导入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="517"/>
        <location filename="../../kadesk/ui/import_wizard.py" line="518"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="519"/>
        <source>Checking the rows…</source>
        <translation>正在检查数据…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="520"/>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="525"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>已取消导入。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="528"/>
        <source>Row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="538"/>
        <source>{reason}. Nothing was imported.</source>
        <translation>{reason}。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="552"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../kadesk/ui/search_popup.py" line="153"/>
        <source>Nothing found for “{text}”: try pinyin, initials or a phone number</source>
        <translation>没有找到“{text}”：试试拼音、首字母或电话号码</translation>
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
    <name>SourcePage</name>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="231"/>
        <source>Check the data</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="243"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="244"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="267"/>
        <source>Read as {encoding}. If the Chinese below looks garbled, choose another encoding: Excel in mainland China writes GB18030, in Taiwan and Hong Kong Big5.</source>
        <translation>已按 {encoding} 编码读取。如果下方的中文显示为乱码，请选择其他编码：中国大陆的 Excel 使用 GB18030，港台地区使用 Big5。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/import_wizard.py" line="271"/>
        <source>{rows} rows in sheet {sheet}.</source>
        <translation>工作表 {sheet} 共 {rows} 行。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../kadesk/ui/shell.py" line="23"/>
        <source>Opening {path}…</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <location filename="../../kadesk/app.py" line="59"/>
        <source>Could not open {path}: {error}</source>
        <translation>无法打开 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="31"/>
        <source>Export &amp;changes for…</source>
        <translation>导出变更给(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="32"/>
        <source>What a colleague has not received yet</source>
        <translation>同事尚未收到的变更</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="33"/>
        <source>Export &amp;everything…</source>
        <translation>导出全部(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="34"/>
        <source>A full package: a first exchange, head office</source>
        <translation>完整同步包：首次交换、总部汇总</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="35"/>
        <source>&amp;Import package…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="36"/>
        <source>Merge a colleague&apos;s or head office&apos;s package</source>
        <translation>合并同事或总部的同步包</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="37"/>
        <source>&amp;Undo last package import…</source>
        <translation>撤销上次同步包导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="38"/>
        <source>Put the database back as it was before the last package import</source>
        <translation>将数据库恢复到上次导入同步包之前的状态</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="39"/>
        <source>&amp;Set up from package…</source>
        <translation>从同步包初始化(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="40"/>
        <source>Start this empty database from a full package</source>
        <translation>用完整同步包初始化这个空数据库</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="42"/>
        <source>Values beaten by a colleague&apos;s edit, and more</source>
        <translation>被同事修改覆盖的值等</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="57"/>
        <source>⚠ 1 sync conflict</source>
        <translation>⚠ 1 个同步冲突</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="58"/>
        <source>⚠ {n} sync conflicts</source>
        <translation>⚠ {n} 个同步冲突</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="66"/>
        <location filename="../../kadesk/ui/sync_actions.py" line="76"/>
        <source>Export changes for</source>
        <translation>导出变更给</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="77"/>
        <source>Colleague or head office:</source>
        <translation>同事或总部：</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="85"/>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="89"/>
        <source>Export package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="94"/>
        <source>{n} changes exported to {path}</source>
        <translation>已将 {n} 条变更导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="97"/>
        <source>({n} records left out: they date from before the team was secured, and no member can sign for them)</source>
        <translation>（{n} 条记录未导出：它们早于团队启用安全同步，没有任何成员能为其签名）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="102"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="108"/>
        <source>Import package</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="123"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="127"/>
        <source>Set up from package</source>
        <translation>从同步包初始化</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="129"/>
        <source>Setting up…</source>
        <translation>正在初始化…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="141"/>
        <source>Another team&apos;s package</source>
        <translation>其他团队的同步包</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="142"/>
        <source>{file} comes from another team ({team}).

Join that team and merge its data into this database? From then on this computer exchanges packages with that team only.</source>
        <translation>{file} 来自另一个团队（{team}）。

要加入该团队并把其数据合并到本数据库吗？此后本机只与该团队交换同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="152"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>已取消导入。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="154"/>
        <source>{file} was already imported on {when}. Nothing was changed.</source>
        <translation>{file} 已于 {when} 导入过。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="159"/>
        <source>Imported {file} from {sender}: {created} new, {updated} updated.</source>
        <translation>已导入 {sender} 的 {file}：新增 {created} 条，更新 {updated} 条。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="170"/>
        <source>{n} conflicts need a look: Sync conflicts… (or the badge in the status bar) lists them.</source>
        <translation>有 {n} 个冲突需要查看：请打开“同步冲突…”（或点击状态栏中的提示）。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="183"/>
        <source>Undo last package import</source>
        <translation>撤销上次同步包导入</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="184"/>
        <source>Undo the import of {when} from {sender}: {created} new and {updated} updated records, {conflicts} conflicts?

The database goes back to how it was before that import. The package can be imported again later.</source>
        <translation>要撤销 {when} 从 {sender} 导入的同步包吗？该次导入新增 {created} 条、更新 {updated} 条记录，产生 {conflicts} 个冲突。

数据库将恢复到该次导入之前的状态。以后仍可重新导入该同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="194"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="201"/>
        <source>The import from {sender} was undone.</source>
        <translation>已撤销对 {sender} 同步包的导入。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="214"/>
        <source>kadesk package (*{ext})</source>
        <translation>kadesk 同步包 (*{ext})</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="230"/>
        <source>Writing the package…</source>
        <translation>正在写入同步包…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="231"/>
        <source>Checking the package…</source>
        <translation>正在检查同步包…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="232"/>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="238"/>
        <source>{reason}. Nothing was changed.</source>
        <translation>{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="227"/>
        <source>a colleague&apos;s computer ({device})</source>
        <translation>同事的电脑（{device}）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="41"/>
        <source>Sync co&amp;nflicts…</source>
        <translation>同步冲突(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="67"/>
        <source>Changes are exported for a colleague whose package this computer has imported: it then knows what they already have. Nobody has sent one yet.

Export everything instead? A full package is what a first exchange or a new colleague needs.</source>
        <translation>“导出变更”是为已向本机发送过同步包的同事准备的：本机由此知道对方已有哪些数据。目前还没有人发送过。

改为导出全部？首次交换或新同事需要的正是完整同步包。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/sync_actions.py" line="166"/>
        <source>1 conflict needs a look: Sync conflicts… (or the badge in the status bar) shows it.</source>
        <translation>有 1 个冲突需要查看：“同步冲突…”（或状态栏中的提示）会显示它。</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="29"/>
        <source>&amp;Secure this team…</source>
        <translation>启用团队加密与签名(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="30"/>
        <source>Seal and sign this team&apos;s packages, with this computer as its admin</source>
        <translation>为本团队的同步包加密并签名，由这台电脑担任管理员</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="32"/>
        <source>&amp;Request admission…</source>
        <translation>申请加入团队(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="33"/>
        <source>Write this computer&apos;s admission request for head office</source>
        <translation>写出这台电脑给总部的加入申请</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="34"/>
        <source>&amp;Admit a colleague…</source>
        <translation>批准同事加入(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="35"/>
        <source>Admit the computer of an admission request</source>
        <translation>批准加入申请中的电脑</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="36"/>
        <source>Re&amp;voke a colleague…</source>
        <translation>撤销同事(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="37"/>
        <source>Refuse a departed colleague&apos;s packages from now on</source>
        <translation>从现在起拒绝已离职同事的同步包</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="40"/>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="47"/>
        <source>Secure this team</source>
        <translation>启用团队加密与签名</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="48"/>
        <source>From now on this computer&apos;s packages are sealed for the team&apos;s members and signed, and it admits and revokes computers. Each colleague sends you an admission request once; until you admit it, their packages are refused (their edits wait, nothing is lost).

Secure this team?</source>
        <translation>从现在起，这台电脑的同步包只供团队成员读取并带有签名，并由它批准和撤销电脑。每位同事需向您发送一次加入申请；在您批准之前，对方的同步包会被拒绝（其修改会保留，不会丢失）。

启用团队加密与签名？</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="55"/>
        <source>This team is secured. Admit each colleague&apos;s admission request with Team → Admit a colleague….</source>
        <translation>本团队已启用加密与签名。请用“团队 → 批准同事加入…”批准每位同事的加入申请。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="59"/>
        <source>Request admission</source>
        <translation>申请加入团队</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="61"/>
        <source>Wrote {file}. Send it to head office: it holds this computer&apos;s public keys and name, nothing else.</source>
        <translation>已写出 {file}。请发给总部：其中只有这台电脑的公钥和名称。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="66"/>
        <source>Admit a colleague</source>
        <translation>批准同事加入</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="71"/>
        <source>Admitted {name}. Your next package for them carries their copy of the team key.</source>
        <translation>已批准 {name}。您发给对方的下一个同步包会带上对方的团队密钥。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="78"/>
        <source>There is no other member of this team to revoke.</source>
        <translation>团队中没有可撤销的其他成员。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="80"/>
        <location filename="../../kadesk/ui/team_actions.py" line="85"/>
        <source>Revoke a colleague</source>
        <translation>撤销同事</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="81"/>
        <source>Computer to revoke:</source>
        <translation>要撤销的电脑：</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="86"/>
        <source>Revoke {name}? Their packages are refused from now on wherever your packages arrive, and the team key changes. What they sent before stays.</source>
        <translation>撤销 {name}？从现在起，您的同步包到达之处都会拒绝其同步包，团队密钥也随之更换。对方之前发来的内容保留。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="93"/>
        <source>{name} is revoked.</source>
        <translation>已撤销 {name}。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="100"/>
        <source>kadesk admission request (*{ext})</source>
        <translation>kadesk 加入申请 (*{ext})</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/team_actions.py" line="119"/>
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
    <name>VisitDetail</name>
    <message>
        <location filename="../../kadesk/ui/visit_detail.py" line="28"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_detail.py" line="41"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_detail.py" line="42"/>
        <source>Contacts met</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_detail.py" line="43"/>
        <source>Summary</source>
        <translation>拜访纪要</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_detail.py" line="44"/>
        <source>Outcome</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_detail.py" line="45"/>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_detail.py" line="47"/>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_detail.py" line="48"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="124"/>
        <source>Kind</source>
        <translation>拜访方式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="125"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="140"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="141"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="142"/>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="130"/>
        <source>Contacts met</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="146"/>
        <source>Colleagues who came</source>
        <translation>同行同事</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="147"/>
        <source>Owner (rep)</source>
        <translation>负责人（销售代表）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="127"/>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="133"/>
        <source>Summary</source>
        <translation>拜访纪要</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="137"/>
        <source>Outcome</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="138"/>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="134"/>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="135"/>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="136"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="183"/>
        <source>Add objection</source>
        <translation>添加异议</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="263"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="271"/>
        <source>+1 week</source>
        <translation>+1 周</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="272"/>
        <source>+2 weeks</source>
        <translation>+2 周</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="274"/>
        <source>+1 month</source>
        <translation>+1 个月</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="277"/>
        <source>Follow up this long after the visit</source>
        <translation>将跟进日期设为拜访后的这一时间</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="421"/>
        <source>Objection {n}:</source>
        <translation>异议 {n}：</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="115"/>
        <source>Edit visit — {account}</source>
        <translation>编辑拜访 — {account}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="116"/>
        <source>Log a visit — {account}</source>
        <translation>记录拜访 — {account}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="126"/>
        <source>e.g. 2026-12-07 14:30, 12-05 9:30 or 昨天</source>
        <translation>例如 2026-12-07 14:30、12-05 9:30 或 昨天</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="180"/>
        <source>Type to find an objection, Enter adds it</source>
        <translation>输入几个字查找异议，按回车添加</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="240"/>
        <source>No single objection in the library matches &apos;{text}&apos;: type more of it, or pick one from the list.</source>
        <translation>异议库中没有唯一一条与“{text}”匹配：请多输入几个字，或从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="242"/>
        <source>Type or pick an objection from the list first.</source>
        <translation>请先输入或从列表中选择一条异议。</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="260"/>
        <source>Counted from the visit: +7 is a week after it</source>
        <translation>从拜访日期算起：+7 即拜访后一周</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="291"/>
        <source>This visit settles the open follow-up of {date}{what}</source>
        <translation>本次拜访完成了 {date} 的待跟进事项{what}</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visit_editor.py" line="292"/>
        <source>This visit settles the {n} open follow-ups (the first of {date})</source>
        <translation>本次拜访完成了 {n} 项待跟进事项（最早的是 {date}）</translation>
    </message>
</context>
<context>
    <name>VisitLogDialog</name>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="122"/>
        <source>Export the visit log</source>
        <translation>导出拜访记录</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="127"/>
        <source>All reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="132"/>
        <source>All kinds</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="137"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="138"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="139"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="140"/>
        <source>Kind</source>
        <translation>拜访方式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/export_actions.py" line="142"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="40"/>
        <source>, </source>
        <comment>between the names of contacts met</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="42"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="44"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="46"/>
        <source>Contacts met</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="49"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="50"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="52"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="55"/>
        <source>&amp;New visit…</source>
        <translation>新建拜访(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="56"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="57"/>
        <source>Move to trash</source>
        <translation>移至回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="126"/>
        <source>Log visit of {date}</source>
        <translation>记录 {date} 的拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="167"/>
        <source>Edit visit of {date}</source>
        <translation>编辑 {date} 的拜访</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="182"/>
        <source>Move visit of {date} to trash</source>
        <translation>将 {date} 的拜访移至回收站</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/visits_tab.py" line="156"/>
        <source>Visit saved</source>
        <translation>拜访已保存</translation>
    </message>
</context>
<context>
    <name>WhoAmIDialog</name>
    <message>
        <location filename="../../kadesk/ui/who_am_i.py" line="38"/>
        <source>Who are you?</source>
        <translation>你是哪位？</translation>
    </message>
    <message>
        <location filename="../../kadesk/ui/who_am_i.py" line="43"/>
        <source>Your name as the team&apos;s accounts and visits give it. Your agenda then shows your own follow-ups and accounts first, and new visits are signed with it. Change it later in File → Preferences.</source>
        <translation>请选择团队客户和拜访记录中使用的你的名字。之后待办只显示你自己的跟进和客户，新拜访也会署上这个名字。以后可在“文件 → 偏好设置”中修改。</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../kadesk/ui/worker.py" line="108"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
