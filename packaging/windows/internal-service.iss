; Inno Setup 6 script for 内部客户服务体系: installs the one-folder build (dist\internal-service\,
; made on Windows by `pyinstaller packaging\internal-service.spec`) with Start-menu shortcuts.
;
;   iscc packaging\windows\internal-service.iss
;   -> dist\internal-service-<version>-windows-x64-setup.exe
;
; The version is read from the built executable's version resource (written from
; desktop_app.__version__ by the spec); `iscc /DAppVersion=1.2.3 …` overrides it.
; Never compiled here: there was no Windows machine (packaging/README.md). Saved as UTF-8 with
; a byte-order mark, which Inno Setup needs to read the Chinese names.

#define AppName "内部客户服务体系"
#define AppExe "internal-service.exe"
#define Root SourcePath + "..\.."
#define BuildDir Root + "\dist\internal-service"
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(BuildDir + "\" + AppExe)
#endif

[Setup]
; never change AppId: it is how an upgrade finds the installed copy
AppId={{A6CD42B2-5EAA-4D08-83D1-B36FB17F0C86}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\internal-service
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per user by default (no administrator needed); the dialog offers "for all users"
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=internal-service-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\resources\icons\internal-service.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese is one of Inno Setup's unofficial translations: used when it was added
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the libraries wholesale: none of the old version's may linger
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The databases live in the user's data folder (%LOCALAPPDATA%\internal-service), not in {app}:
; uninstalling leaves them alone on purpose.
