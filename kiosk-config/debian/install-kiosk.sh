#!/bin/sh
# Turns a Debian 12+/Ubuntu 24.04+ PC into a DVC kiosk, or updates one: run it again with a new jar.
# Idempotent: users are created once, the profile (/etc/dvc-kiosk/kiosk.yml) and the secrets file
# (/etc/dvc-kiosk/env) are written only when absent; the jar, the units and the browser policies are replaced.
#
#   sudo kiosk-config/debian/install-kiosk.sh --jar target/dvc-kiosk-0.1.0-SNAPSHOT.jar
#
# Options:
#   --jar PATH      the app's jar (default: the newest target/dvc-kiosk-*.jar of this repository)
#   --origin URL    the origin Chromium may open and give the camera to (default http://localhost:8080; a PROVINCE
#                   kiosk gives the province server's, e.g. https://dvc.example.gov.vn)
#   --dry-run       print what would be done, change nothing
#   --no-start      install and enable, but do not (re)start the services
# Environment:
#   DESTDIR=DIR     install under DIR instead of / (for tests and packaging): no users, no chown, no systemctl.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
DESTDIR=${DESTDIR:-}
dry_run=0
start=1
jar=""
origin="http://localhost:8080"

while [ $# -gt 0 ]; do
    case "$1" in
        --jar) jar=$2; shift 2 ;;
        --origin) origin=${2%/}; shift 2 ;;
        --dry-run) dry_run=1; shift ;;
        --no-start) start=0; shift ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "install-kiosk: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ -z "$jar" ]; then
    jar=$(ls -t "$repo"/target/dvc-kiosk-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
fi
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
    echo "install-kiosk: no jar found; build it (README: Production jar) or pass --jar PATH" >&2
    exit 1
fi
case "$origin" in
    http://localhost:*|http://127.0.0.1:*|https://*) ;;
    *) echo "install-kiosk: --origin must be https://… (or http://localhost:PORT for a LOCAL kiosk): $origin" >&2
       exit 2 ;;
esac

# With DESTDIR the system itself is left alone: files only.
system=1
[ -n "$DESTDIR" ] && system=0

run() {
    if [ "$dry_run" = 1 ]; then
        echo "would run: $*"
    else
        "$@"
    fi
}

say() {
    echo "install-kiosk: $*"
}

if [ "$system" = 1 ] && [ "$dry_run" = 0 ] && [ "$(id -u)" != 0 ]; then
    echo "install-kiosk: run as root (sudo), or set DESTDIR to install into a folder" >&2
    exit 1
fi

# Warn early about missing packages rather than fail at the first start.
packages="openjdk-21-jre-headless chromium cage curl libv4l-0 speech-dispatcher espeak-ng"
for cmd in java chromium cage curl speech-dispatcher espeak-ng; do
    if ! command -v "$cmd" >/dev/null 2>&1; then
        say "WARNING: '$cmd' is not installed (apt-get install $packages)"
    fi
done

# 1. Users: the app's own, and the screen's (the browser cannot read the app's data or database).
if [ "$system" = 1 ]; then
    if ! id dvc-kiosk >/dev/null 2>&1; then
        run useradd --system --home-dir /var/lib/dvc-kiosk --no-create-home --shell /usr/sbin/nologin \
            --groups lp,video dvc-kiosk
    fi
    if ! id dvc-kiosk-screen >/dev/null 2>&1; then
        # the display, the touch screen and the loudspeaker (read-aloud); "render" exists only where a GPU driver made it
        screen_groups=video,input,audio
        getent group render >/dev/null 2>&1 && screen_groups=$screen_groups,render
        run useradd --system --create-home --home-dir /var/lib/dvc-kiosk-screen --shell /usr/sbin/nologin \
            --groups "$screen_groups" dvc-kiosk-screen
    elif ! id -nG dvc-kiosk-screen | grep -qw audio; then
        # a kiosk installed before read-aloud had its voices
        run usermod --append --groups audio dvc-kiosk-screen
    fi
else
    say "DESTDIR set: not creating the users dvc-kiosk and dvc-kiosk-screen"
fi

# 2. Files.
run install -d -m 0755 "$DESTDIR/opt/dvc-kiosk" "$DESTDIR/etc/systemd/system" \
    "$DESTDIR/etc/chromium/policies/managed"
run install -d -m 0750 "$DESTDIR/etc/dvc-kiosk" "$DESTDIR/var/lib/dvc-kiosk"
run install -m 0644 "$jar" "$DESTDIR/opt/dvc-kiosk/dvc-kiosk.jar"
run install -m 0644 "$here/dvc-kiosk.service" "$here/dvc-kiosk-browser.service" "$DESTDIR/etc/systemd/system/"

policy="$DESTDIR/etc/chromium/policies/managed/dvc-kiosk.json"
if [ "$dry_run" = 1 ]; then
    echo "would write: $policy (origin $origin)"
else
    # the camera and the allow-list follow the origin: a PROVINCE kiosk opens the province server only
    if [ "$origin" = "http://localhost:8080" ]; then
        cp "$here/chromium-policies/dvc-kiosk.json" "$policy.tmp"
    else
        host_port=${origin#*://}
        sed -e "s#\"http://localhost:8080\"#\"$origin\"#" \
            -e "s#\"localhost:8080\", \"127.0.0.1:8080\"#\"$host_port\"#" \
            "$here/chromium-policies/dvc-kiosk.json" > "$policy.tmp"
    fi
    chmod 0644 "$policy.tmp"
    mv "$policy.tmp" "$policy"
fi

# The profile and the secrets are the installer's: never overwritten.
if [ -e "$DESTDIR/etc/dvc-kiosk/kiosk.yml" ]; then
    say "keeping the existing /etc/dvc-kiosk/kiosk.yml"
else
    run install -m 0640 "$repo/kiosk-config/kiosk.example.yml" "$DESTDIR/etc/dvc-kiosk/kiosk.yml"
    [ "$dry_run" = 0 ] && say "wrote /etc/dvc-kiosk/kiosk.yml from the example: edit it for this kiosk"
fi
if [ ! -e "$DESTDIR/etc/dvc-kiosk/env" ]; then
    if [ "$dry_run" = 1 ]; then
        echo "would write: $DESTDIR/etc/dvc-kiosk/env (secrets, root only)"
    else
        umask 077
        cat > "$DESTDIR/etc/dvc-kiosk/env" <<'ENV'
# Secrets of this kiosk, read by systemd as root (mode 0600), given to the app as environment variables.
# SPRING_MAIL_PASSWORD=
# KIOSK_NOTIFICATION_SMS_TOKEN=
# KIOSK_NOTIFICATION_ZALO_TOKEN=
# KIOSK_VNPAY_HASH_SECRET=
# KIOSK_BANK_TRANSFER_SECRET=
# An external database instead of the embedded one:
# SPRING_DATASOURCE_URL=jdbc:mariadb://db.example:3306/dvc_kiosk
# SPRING_DATASOURCE_USERNAME=
# SPRING_DATASOURCE_PASSWORD=
ENV
        umask 022
    fi
fi
if [ "$origin" != "http://localhost:8080" ] && [ ! -e "$DESTDIR/etc/dvc-kiosk/browser.env" ]; then
    if [ "$dry_run" = 1 ]; then
        echo "would write: $DESTDIR/etc/dvc-kiosk/browser.env ($origin)"
    else
        printf 'DVC_KIOSK_URL=%s/?man-hinh=kiosk\nDVC_KIOSK_HEALTH_URL=%s/actuator/health\n' "$origin" "$origin" \
            > "$DESTDIR/etc/dvc-kiosk/browser.env"
        chmod 0644 "$DESTDIR/etc/dvc-kiosk/browser.env"
    fi
fi

if [ "$system" = 0 ]; then
    say "files installed under $DESTDIR"
    exit 0
fi

# 3. The read-aloud voices speak through a sound server where there is one, else straight to the sound card (ALSA):
# speech-dispatcher's default is PulseAudio only, which a kiosk without a desktop does not run.
speechd_conf=/etc/speech-dispatcher/speechd.conf
if [ -e "$speechd_conf" ] && ! grep -q '^AudioOutputMethod' "$speechd_conf"; then
    if [ "$dry_run" = 1 ]; then
        echo "would add to $speechd_conf: AudioOutputMethod \"pulse,alsa\""
    else
        printf '\n# DVC Kiosk (install-kiosk.sh): no sound server on a kiosk\nAudioOutputMethod "pulse,alsa"\n' \
            >> "$speechd_conf"
    fi
fi

# 4. Ownership, then the services: the kiosk boots into the screen, not a desktop.
run chown root:dvc-kiosk /etc/dvc-kiosk /etc/dvc-kiosk/kiosk.yml
run chown root:root /etc/dvc-kiosk/env
run chown dvc-kiosk:dvc-kiosk /var/lib/dvc-kiosk
run systemctl daemon-reload
run systemctl set-default graphical.target
run systemctl enable dvc-kiosk.service dvc-kiosk-browser.service
if [ "$start" = 1 ]; then
    run systemctl restart dvc-kiosk.service dvc-kiosk-browser.service
    say "started; follow the app with: journalctl -u dvc-kiosk -f"
fi
