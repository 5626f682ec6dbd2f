#!/usr/bin/env bash
# What of the Windows installer can be checked on Linux, in a few minutes (called from .ci/run):
#   1. packaging/canthus.spec freezes the console, and the frozen `canthus-cli --selftest` passes
#      under Xvfb with the GPU wall on Mesa (catches missing hidden imports and data files);
#   2. makensis compiles packaging/canthus.nsi around that bundle, for the x86 target the Windows
#      workflow ships and for amd64 (Debian's wine64 runs only 64-bit programs);
#   3. under wine, in a fresh prefix, the installer installs silently, the installed files equal
#      the bundle, the uninstall key and the shortcuts exist, /NODESKTOP and /AUTOSTART work, and
#      the silent uninstaller removes it all but keeps the site's data unless given /REMOVEDATA.
# Exits non-zero with one line "linux-check: FAILED: ..." on the first failed step.
#
# Environment: PYTHON (a python with `pip install -e '.[packaging]'`; default python3),
# SPEC (default packaging/canthus.spec), NSIS_COMPRESSOR (default none: solid LZMA takes
# ~6 min on 2 cores; the Windows workflow builds the release installer with LZMA),
# KEEP_WORK=1 keeps the temporary folder. Installs its apt packages when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
SPEC=${SPEC:-packaging/canthus.spec}
STEP="start"
T0=$SECONDS
WORK=$(mktemp -d /tmp/canthus-linux-check.XXXXXX)
export WINEPREFIX="$WORK/wineprefix" WINEDLLOVERRIDES="mscoree,mshtml=" WINEDEBUG=-all WINEARCH=win64

fail() {
    echo "linux-check: FAILED: $*" >&2
    exit 1
}
cleanup() {
    command -v wineserver >/dev/null && [ -d "$WINEPREFIX" ] && wineserver -k 2>/dev/null || true
    [ "${KEEP_WORK:-}" = 1 ] && echo "linux-check: work folder kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'fail "$STEP (line $LINENO: $BASH_COMMAND)"' ERR
step() {
    STEP=$1
    echo "linux-check: [$((SECONDS - T0)) s] $1"
}

step "apt packages (nsis, wine64, Xvfb, Mesa, xcb)"
need=()
command -v makensis >/dev/null || need+=(nsis)
command -v wine >/dev/null || need+=(wine wine64)
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    # the console's own needs on a bare Debian/Ubuntu (the same list as .ci/run)
    need+=(libgl1 libegl1 libgl1-mesa-dri libfontconfig1 libglib2.0-0 libdbus-1-3 libx11-xcb1
           libxkbcommon-x11-0 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
           libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
           libxcb-xkb1 fonts-dejavu-core)
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 ||
        { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; } ||
        fail "apt-get could not install ${need[*]}"
elif [ ${#need[@]} -gt 0 ]; then
    fail "missing ${need[*]} (run as root with apt-get, or install them)"
fi
"$PYTHON" -c "import PyInstaller" 2>/dev/null || fail "PyInstaller is not installed in $PYTHON: pip install -e '.[packaging]'"
VERSION=$("$PYTHON" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")

step "freeze with $SPEC (PyInstaller)"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$WORK/dist" --workpath "$WORK/build" "$SPEC" \
    >"$WORK/pyinstaller.log" 2>&1 || { tail -20 "$WORK/pyinstaller.log" >&2; fail "PyInstaller could not freeze $SPEC"; }
BUNDLE="$WORK/dist/canthus"
[ -x "$BUNDLE/canthus-cli" ] && [ -x "$BUNDLE/canthus" ] || fail "the bundle has no canthus / canthus-cli executable"

step "frozen selftest under Xvfb, GPU wall (vispy on Mesa)"
# Outside the checkout and without PYTHONPATH: the frozen program must find everything in itself.
(cd "$WORK" && env -u PYTHONPATH -u PYTHONHOME -u CANTHUS_DATA_DIR QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1920x1080x24" "$BUNDLE/canthus-cli" --selftest "$WORK/selftest" --renderer gpu) \
    || fail "the frozen selftest failed (the FAIL lines above say which check; report: $WORK/selftest/report.json)"
"$PYTHON" - "$WORK/selftest" <<'EOF' || fail "the frozen selftest's report is not a passing, frozen, GPU one"
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
r = json.loads((out / "report.json").read_text(encoding="utf-8"))
assert r["ok"] and r["frozen"] and r["wall"].startswith("GPU (vispy)"), r
assert (out / "screenshot.png").stat().st_size > 10_000
print(f"  frozen selftest: {len(r['checks'])} checks passed; {r['wall']}")
EOF

step "makensis packaging/canthus.nsi (x86-unicode as shipped, amd64-unicode for wine64)"
for target in x86-unicode amd64-unicode; do  # the second overwrites the first: wine64 runs that one
    makensis -V2 -DVERSION="$VERSION" -DBUNDLE="$BUNDLE" -DOUTDIR="$WORK" -DCOMPRESSOR="${NSIS_COMPRESSOR:-none}" \
        -DEXE_SUFFIX= -DTARGET=$target packaging/canthus.nsi >"$WORK/makensis.log" 2>&1 \
        || { tail -20 "$WORK/makensis.log" >&2; fail "makensis could not compile packaging/canthus.nsi for $target"; }
done
SETUP="$WORK/Canthus-$VERSION-setup.exe"
[ -f "$SETUP" ] || fail "makensis wrote no $SETUP"

step "wine: fresh prefix"
wineboot --init >"$WORK/wine.log" 2>&1 && wineserver -w || { tail "$WORK/wine.log" >&2; fail "wineboot could not make a prefix"; }
win_path() { winepath -u "$(wine cmd /c "echo $1" 2>>"$WORK/wine.log" | tr -d '\r')" 2>>"$WORK/wine.log"; }
INSTDIR=$(win_path '%ProgramW6432%')/Canthus
PROGRAMS=$(win_path '%ProgramData%')"/Microsoft/Windows/Start Menu/Programs"
DESKTOP=$(win_path '%PUBLIC%')/Desktop
DATA=$(win_path '%LOCALAPPDATA%')/Canthus/Canthus
KEY='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Canthus'

install() {  # the installer returns when done; wineserver -w waits for what it started
    wine "$SETUP" /S "$@" >>"$WORK/wine.log" 2>&1 || fail "the silent install ($*) exited $?"
    wineserver -w
}
uninstall() {  # the uninstaller copies itself to %TEMP% and returns at once
    [ -f "$INSTDIR/uninstall.exe" ] || fail "no uninstall.exe in $INSTDIR"
    wine "$INSTDIR/uninstall.exe" /S "$@" >>"$WORK/wine.log" 2>&1 || fail "the silent uninstall ($*) exited $?"
    wineserver -w
}

step "wine: silent install, files equal the bundle"
install
"$PYTHON" - "$BUNDLE" "$INSTDIR" <<'EOF' || fail "the installed files differ from the bundle"
import hashlib, pathlib, sys
def tree(root):
    root = pathlib.Path(root)
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in root.rglob("*") if p.is_file()}
bundle, installed = tree(sys.argv[1]), tree(sys.argv[2])
extra = sorted(set(installed) - set(bundle) - {"uninstall.exe"})
missing = sorted(set(bundle) - set(installed))
changed = sorted(k for k in set(bundle) & set(installed) if bundle[k] != installed[k])
if extra or missing or changed:
    print(f"  missing {missing[:5]}, extra {extra[:5]}, changed {changed[:5]}", file=sys.stderr)
    sys.exit(1)
print(f"  {len(bundle)} files installed, each equal to the bundle's (sha256), plus uninstall.exe")
EOF
wine reg query "$KEY" 2>>"$WORK/wine.log" | tr -d '\r' >"$WORK/key.txt" || fail "no uninstall key $KEY"
[ -s "$WORK/key.txt" ] || fail "no uninstall key $KEY"
for value in DisplayName DisplayVersion UninstallString QuietUninstallString InstallLocation EstimatedSize; do
    grep -q "^ *$value " "$WORK/key.txt" || fail "the uninstall key has no $value"
done
grep -Fxq "    DisplayVersion    REG_SZ    $VERSION" "$WORK/key.txt" || fail "DisplayVersion is not $VERSION"
[ -f "$PROGRAMS/Canthus.lnk" ] || fail "no Start-menu shortcut $PROGRAMS/Canthus.lnk"
[ -f "$DESKTOP/Canthus.lnk" ] || fail "no desktop shortcut (selected by default)"
[ ! -e "$PROGRAMS/StartUp/Canthus.lnk" ] || fail "start with Windows is on without /AUTOSTART"

step "wine: silent uninstall keeps the site's data"
mkdir -p "$DATA" && echo "site records" >"$DATA/canthus.sqlite3"
uninstall
[ ! -e "$INSTDIR" ] || fail "the uninstaller left $INSTDIR: $(ls "$INSTDIR" | head -5 | tr '\n' ' ')"
! wine reg query "$KEY" >/dev/null 2>&1 || fail "the uninstall key is still there"
[ ! -e "$PROGRAMS/Canthus.lnk" ] && [ ! -e "$DESKTOP/Canthus.lnk" ] || fail "the uninstaller left a shortcut"
[ -f "$DATA/canthus.sqlite3" ] || fail "the uninstaller removed the event store without /REMOVEDATA"

step "wine: /NODESKTOP /AUTOSTART, then uninstall /REMOVEDATA"
install /NODESKTOP /AUTOSTART
[ ! -e "$DESKTOP/Canthus.lnk" ] || fail "/NODESKTOP made a desktop shortcut"
[ -f "$PROGRAMS/StartUp/Canthus.lnk" ] || fail "/AUTOSTART made no shortcut in the common Startup folder"
uninstall /REMOVEDATA
[ ! -e "$INSTDIR" ] && [ ! -e "$PROGRAMS/StartUp/Canthus.lnk" ] || fail "the second uninstall left files"
[ ! -e "$DATA" ] || fail "/REMOVEDATA left $DATA"

size() { du -sh "$1" | cut -f1; }
echo "linux-check: passed in $((SECONDS - T0)) s; bundle $(size "$BUNDLE") ($(find -L "$BUNDLE" -type f | wc -l) files)," \
     "installer $(size "$SETUP") (compression: ${NSIS_COMPRESSOR:-none})"
