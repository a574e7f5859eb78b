; Carnet installer for Windows: per-user, no administrator rights needed.
;
;   makensis -DVERSION=0.1.0 -DPAYLOAD=..\..\dist\carnet -DOUTFILE=..\..\dist\Carnet-0.1.0-setup.exe carnet.nsi
;
; PAYLOAD is the one-folder app that packaging/carnet.spec builds (carnet.exe and _internal\).
; The uninstaller keeps the user's data (%LOCALAPPDATA%\Carnet) unless they tick the box.
; Beside carnet.exe, LISEZ-MOI-portable.txt (and README-portable.txt) tell how to copy the folder
; to a USB stick in portable mode (a file named "portable" beside carnet.exe: see src/carnet/paths.py).

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !error "Define PAYLOAD, the folder built by PyInstaller (dist\carnet)"
!endif
!ifndef OUTFILE
  !define OUTFILE "Carnet-${VERSION}-setup.exe"
!endif
!define APP "Carnet"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${APP}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Carnet developers"

!include "MUI2.nsh"
!define MUI_ICON "..\..\resources\icons\carnet.ico"
!define MUI_UNICON "..\..\resources\icons\carnet.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\carnet.exe"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecApp ${LANG_FRENCH} "Carnet (obligatoire)"
LangString SecApp ${LANG_ENGLISH} "Carnet (required)"
LangString SecDesktop ${LANG_FRENCH} "Raccourci sur le bureau"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecData ${LANG_FRENCH} "Supprimer aussi mes données Carnet (contacts, notes, sauvegardes)"
LangString SecData ${LANG_ENGLISH} "Also delete my Carnet data (contacts, notes, backups)"
LangString DescApp ${LANG_FRENCH} "Le programme Carnet et son raccourci dans le menu Démarrer."
LangString DescApp ${LANG_ENGLISH} "The Carnet program and its Start menu shortcut."
LangString DescDesktop ${LANG_FRENCH} "Une icône Carnet sur le bureau."
LangString DescDesktop ${LANG_ENGLISH} "A Carnet icon on the desktop."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(SecApp)" SEC_APP
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*"
  File "..\portable\LISEZ-MOI-portable.txt"
  File "..\portable\README-portable.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\carnet.exe"
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Carnet developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\carnet.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section /o "$(SecDesktop)" SEC_DESKTOP
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\carnet.exe"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_APP} $(DescApp)
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_DESKTOP} $(DescDesktop)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Section "un.$(SecApp)" UNSEC_APP
  SectionIn RO
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\carnet.exe"
  Delete "$INSTDIR\uninstall.exe"
  Delete "$INSTDIR\LISEZ-MOI-portable.txt"
  Delete "$INSTDIR\README-portable.txt"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd

; Unticked by default: the user's notebook outlives the program unless they ask.
Section /o "un.$(SecData)" UNSEC_DATA
  RMDir /r "$LOCALAPPDATA\${APP}"
SectionEnd
