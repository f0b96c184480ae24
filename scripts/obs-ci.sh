#!/usr/bin/env bash
# A real OBS Studio, headless under Xvfb, for the integration tests and for developers without a desktop.
#   scripts/obs-ci.sh start|stop|kill|restart|status|env
#   scripts/obs-ci.sh run -- <command…>   start, run the command with LINLI_OBS_* set, stop what it started
#                                          (keeps the command's exit code)
# State lives in $LINLI_OBS_HOME (default /tmp/linli-obs): config, pids, log, recordings and an `env` file
# with LINLI_OBS_URL / LINLI_OBS_PASSWORD / LINLI_OBS_RECORD_DIR that the tests read.
set -euo pipefail
home="${LINLI_OBS_HOME:-/tmp/linli-obs}"
port="${LINLI_OBS_PORT:-4455}"
display="${LINLI_OBS_DISPLAY:-:99}"
mkdir -p "$home"
home="$(cd "$home" && pwd)"
config="$home/config"
records="$home/recordings"

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

password() {
  if [ ! -s "$home/password" ]; then
    head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$home/password"
  fi
  cat "$home/password"
}

# OBS writes websocket and scene changes back into its config, so every start begins from a fresh copy.
write_config() {
  local pass="$1"
  rm -rf "$config"
  mkdir -p "$config/obs-studio/basic/profiles/Linli" "$config/obs-studio/basic/scenes" "$records"
  cat >"$config/obs-studio/global.ini" <<INI
[General]
FirstRun=true
ConfirmOnExit=false
LastVersion=486539266

[Basic]
Profile=Linli
ProfileDir=Linli
SceneCollection=Linli
SceneCollectionFile=Linli

[BasicWindow]
PreviewEnabled=false
SysTrayEnabled=false
ShowTransitions=true

[OBSWebSocket]
ServerEnabled=true
ServerPort=$port
AuthRequired=true
ServerPassword=$pass
AlertsEnabled=false
FirstLoad=false
INI
  cat >"$config/obs-studio/basic/profiles/Linli/basic.ini" <<INI
[General]
Name=Linli

[Video]
BaseCX=1280
BaseCY=720
OutputCX=1280
OutputCY=720
FPSType=1
FPSCommon=30

[Output]
Mode=Simple

[SimpleOutput]
FilePath=$records
RecFormat=mkv
StreamEncoder=x264
RecEncoder=x264
Preset=ultrafast
VBitrate=1500
INI
}

start() {
  if alive "$home/obs.pid"; then
    echo "OBS already running (pid $(cat "$home/obs.pid"))"
    return 0
  fi
  if port_open; then
    echo "port $port is taken by another program; a stale OBS would answer for ours. Stop it first." >&2
    return 1
  fi
  command -v obs >/dev/null || { echo "obs not installed: apt-get install -y obs-studio xvfb" >&2; return 1; }
  if ! alive "$home/xvfb.pid"; then
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$home/xvfb.log" 2>&1 &
    echo $! >"$home/xvfb.pid"
  fi
  local pass
  pass="$(password)"
  write_config "$pass"
  (
    cd "$home"
    DISPLAY="$display" XDG_CONFIG_HOME="$config" LIBGL_ALWAYS_SOFTWARE=1 \
      setsid obs --multi --disable-missing-files-check --disable-updater \
      --collection Linli --profile Linli >"$home/obs.log" 2>&1 &
    echo $! >"$home/obs.pid"
  )
  for _ in $(seq 1 120); do
    if port_open; then
      printf 'LINLI_OBS_URL=ws://127.0.0.1:%s\nLINLI_OBS_PASSWORD=%s\nLINLI_OBS_RECORD_DIR=%s\n' \
        "$port" "$pass" "$records" >"$home/env"
      echo "OBS up on ws://127.0.0.1:$port (pid $(cat "$home/obs.pid"))"
      return 0
    fi
    alive "$home/obs.pid" || break
    sleep 0.25
  done
  echo "OBS did not open port $port; last lines of $home/obs.log:" >&2
  tail -n 20 "$home/obs.log" >&2 || true
  return 1
}

stop_obs() {
  alive "$home/obs.pid" || return 0
  local pid
  pid="$(cat "$home/obs.pid")"
  kill -INT "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$home/obs.pid"; return 0; }
    sleep 0.25
  done
  echo "OBS ignored SIGINT for 15 s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$home/obs.pid"
}

stop() {
  stop_obs
  if alive "$home/xvfb.pid"; then kill "$(cat "$home/xvfb.pid")" 2>/dev/null || true; fi
  rm -f "$home/xvfb.pid" "$home/env"
  echo "OBS stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  kill)
    # A crash, for the reconnect tests: no goodbye on the socket.
    if alive "$home/obs.pid"; then kill -KILL "$(cat "$home/obs.pid")"; fi
    rm -f "$home/obs.pid"
    ;;
  restart) stop_obs && start ;;
  status) if alive "$home/obs.pid"; then echo "running"; else echo "stopped"; exit 1; fi ;;
  env) cat "$home/env" ;;
  run)
    shift
    [ "${1:-}" = "--" ] && shift
    ours=true
    alive "$home/obs.pid" && ours=false
    start
    set +e
    env $(cat "$home/env") LINLI_OBS_HOME="$home" "$@"
    code=$?
    set -e
    # An OBS that was already running (a developer's) stays up.
    if [ "$ours" = true ]; then stop; fi
    exit "$code"
    ;;
  *)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
