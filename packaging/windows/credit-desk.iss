; Inno Setup 6 script: Credit Desk's Windows installer. Per-user, no administrator rights; a
; Start-menu shortcut; an uninstaller that leaves the user's data alone. packaging/build.py runs it
; as: ISCC /DAppVersion=… /DSourceDir=<PyInstaller folder> /DIconFile=<.ico> /O<dist> credit-desk.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\pyinstaller\credit-desk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\credit-desk.ico"
#endif

[Setup]
AppId={{6B8E2C51-3F0A-4D7B-9C1E-8A2F4D6B0E13}
AppName=Credit Desk
AppVersion={#AppVersion}
AppPublisher=Credit Desk developers
; With PrivilegesRequired=lowest, {autopf} is the user's own %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Credit Desk
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=credit-desk-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\Credit Desk.exe
UninstallDisplayName=Credit Desk {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade replaces the program files; close a running Credit Desk first.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "czech"; MessagesFile: "compiler:Languages\Czech.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The PyInstaller folder: "Credit Desk.exe" (the window), credit-desk.exe (the command line), _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not keep modules of the previous version beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Credit Desk"; Filename: "{app}\Credit Desk.exe"
Name: "{autodesktop}\Credit Desk"; Filename: "{app}\Credit Desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Credit Desk.exe"; Description: "{cm:LaunchProgram,Credit Desk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed. The user's database lives
; in %LOCALAPPDATA%\Credit Desk (outside {app}) and stays, as do the settings in the registry.
