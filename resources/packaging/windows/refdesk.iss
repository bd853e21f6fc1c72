; Inno Setup script: RefDesk-VERSION-setup.exe from the one-folder bundle (dist\RefDesk).
;
;   python -m PyInstaller --noconfirm resources\refdesk.spec
;   iscc /DVersion=0.1.0 resources\packaging\windows\refdesk.iss
;
; Installs for the current user (no administrator needed) into %LOCALAPPDATA%\Programs\RefDesk,
; with a Start-menu entry, an optional desktop icon and an uninstaller (Settings → Apps).
; Uninstalling leaves the data folder (%LOCALAPPDATA%\RefDesk) alone.

#ifndef Version
  #define Version "0.1.0"
#endif
#define Root "..\..\.."

[Setup]
AppId={{6C9B1F7E-2E43-4C1E-9E3A-5B0C7D2A9F11}
AppName=RefDesk
AppVersion={#Version}
AppPublisher=RefDesk
DefaultDirName={autopf}\RefDesk
DefaultGroupName=RefDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#Root}\dist
OutputBaseFilename=RefDesk-{#Version}-setup
UninstallDisplayIcon={app}\RefDesk.exe
UninstallDisplayName=RefDesk
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Tasks]
Name: "desktopicon"; Description: "Put a RefDesk icon on the desktop"; Flags: unchecked

[Files]
Source: "{#Root}\dist\RefDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\RefDesk"; Filename: "{app}\RefDesk.exe"; Comment: "Referral partners, referrals and thank-yous"
Name: "{group}\Uninstall RefDesk"; Filename: "{uninstallexe}"
Name: "{autodesktop}\RefDesk"; Filename: "{app}\RefDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\RefDesk.exe"; Description: "Start RefDesk now"; Flags: nowait postinstall skipifsilent
