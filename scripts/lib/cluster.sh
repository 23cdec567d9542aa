# Shared by the cluster checks: the daemons they start, stopped on exit whatever happened, and a
# wait for a daemon's port. Source it, then add each daemon's pid to PIDS.
PIDS=()
stop_cluster() {
  for pid in "${PIDS[@]:-}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "== cluster stopped"
}
trap stop_cluster EXIT

wait_for_port() { # $1 = port on 127.0.0.1
  for _ in $(seq 1 90); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "port $1 did not open" >&2
  return 1
}
