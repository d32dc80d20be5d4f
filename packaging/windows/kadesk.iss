; Inno Setup script for kadesk (Windows). build_installer.py runs it when iscc is found:
;   iscc /DAppVersion=0.1.0 /DSourceDir=build\installer\dist\kadesk /DOutputDir=dist
;        /DOutputName=kadesk-0.1.0-windows-amd64-setup
;        /DIconFile=build\installer\stage\kadesk.ico kadesk.iss
; Per-user install (no administrator rights): %LOCALAPPDATA%\Programs\kadesk. The rep's
; data (%LOCALAPPDATA%\kadesk) is never part of it, so uninstalling keeps it.

[Setup]
AppId={{6C1E4C2B-7B0E-4C55-9D38-2B7A8F1D5A10}
AppName=kadesk
AppVersion={#AppVersion}
AppPublisher=kadesk
DefaultDirName={localappdata}\Programs\kadesk
DefaultGroupName=kadesk
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\kadesk.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{userprograms}\kadesk"; Filename: "{app}\kadesk.exe"
Name: "{userdesktop}\kadesk"; Filename: "{app}\kadesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kadesk.exe"; Description: "{cm:LaunchProgram,kadesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing the app writes lives here; this only clears what an update left behind.
Type: filesandordirs; Name: "{app}\_internal"
