; Canthus installer (NSIS 3): the PyInstaller bundle (canthus.spec) into Program Files.
;
;   makensis -DVERSION=0.1.0 [-DBUNDLE=..\dist\canthus] [-DOUTDIR=.] packaging\canthus.nsi
;
; BUNDLE and OUTDIR are relative to this file's folder. The Linux check (linux-check.sh) also
; passes -DCOMPRESSOR=none (solid LZMA takes ~6 min on 2 cores, zlib 2), -DEXE_SUFFIX= (a Linux
; bundle's executables have no .exe) and -DTARGET=amd64-unicode (see below).
;
; Per-machine, 64-bit: Start-menu shortcut; optional desktop shortcut and start with Windows
; (a kiosk workstation); an uninstaller in Add/Remove Programs. Silent: setup.exe /S
; [/NODESKTOP] [/AUTOSTART] [/D=C:\path]; uninstall.exe /S [/REMOVEDATA].
; The uninstaller keeps the site's event store and settings unless asked to remove them.

Unicode true
; The official NSIS for Windows ships only x86 stubs: the installer is a 32-bit program that
; refuses 32-bit Windows and writes to the 64-bit Program Files and registry. Debian's nsis also
; has amd64-unicode stubs, which the Linux check uses (its wine64 cannot run 32-bit programs).
!ifndef TARGET
  !define TARGET "x86-unicode"
!endif
Target ${TARGET}

!ifndef VERSION
  !error "pass the version: makensis -DVERSION=x.y.z packaging/canthus.nsi"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\dist\canthus"  ; pyinstaller's default output, from the repository root
!endif
!ifndef OUTDIR
  !define OUTDIR "."
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
!ifndef EXE_SUFFIX
  !define EXE_SUFFIX ".exe"
!endif

!define APP "Canthus"
!define EXE "canthus${EXE_SUFFIX}"
!define CLI "canthus-cli${EXE_SUFFIX}"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "Sections.nsh"
!include "x64.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTDIR}\${APP}-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel admin
!if "${COMPRESSOR}" == "none"
  SetCompress off
!else
  SetCompressor ${COMPRESSOR}
!endif
ManifestDPIAware true
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "FileDescription" "${APP} fever-screening console installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "Apache-2.0"

!define MUI_ICON "canthus.ico"
!define MUI_UNICON "canthus.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP} now"

!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "${APP} (required)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole bundle: no file of an older version is left behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${APP}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0  ; KiB, as Add/Remove Programs reads it
SectionEnd

Section "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Section /o "Start with Windows (screening workstation)" SecAutostart
  CreateShortcut "$SMSTARTUP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "${APP} needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetShellVarContext all  ; shortcuts for every user of the workstation
  SetRegView 64
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/AUTOSTART" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecAutostart}
  ${EndIf}
FunctionEnd

; -- uninstaller --------------------------------------------------------------

Section "un.${APP} program files" UnSecApp
  SectionIn RO
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  Delete "$SMSTARTUP\${APP}.lnk"
  ; Only what the installer put there: never RMDir /r a folder the site may have chosen.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"
SectionEnd

; The event store (decisions, alerts, the guards' actions, the audit trail), its audit keys
; and the console's settings are the site's records: kept unless this box is ticked or
; /REMOVEDATA is given. They live in the profile of the user who ran the console
; (platformdirs.user_data_dir("Canthus", "Canthus") = %LOCALAPPDATA%\Canthus\Canthus).
Section /o "un.Also remove this user's event store, audit keys and settings" UnSecData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP}"
  DeleteRegKey HKCU "Software\${APP}"
  SetShellVarContext all
SectionEnd

Function un.onInit
  SetShellVarContext all
  SetRegView 64
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}
FunctionEnd
