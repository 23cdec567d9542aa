#!/usr/bin/env bash
# Runs newsbeam on a real multi-process Flink session cluster on this machine and checks its
# reports against an embedded run over the same articles:
#   1. builds the job jar (mvn -Pflink-runner package) and a Flink installation from Maven
#      artifacts (flink-runtime, flink-clients, ...: no download from anywhere but Maven Central);
#   2. starts a JobManager and a TaskManager, each its own JVM, bound to 127.0.0.1;
#   3. submits the job jar with Flink's command-line client (what `flink run` runs) over a folder
#      of articles;
#   4. compares every report byte for byte with those of newsbeam's default (embedded Flink),
#      run over the same folder before the cluster starts;
#   5. stops the cluster, whatever happened.
# Usage: scripts/flink-cluster-check.sh [ARTICLES_GLOB]   (default: seeds and test articles)
#   REUSE_JAR=1 skips rebuilding target/newsbeam-flink.jar when it exists.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/target/flink-cluster
rm -rf "$WORK"
mkdir -p "$WORK/in" "$WORK/conf" "$WORK/logs" "$WORK/tmp"

if [ $# -gt 0 ]; then
  for f in $1; do ln -s "$(realpath "$f")" "$WORK/in/"; done
else
  cp seeds/*.txt src/test/resources/articles/*.txt "$WORK/in/"
fi

echo "== building the job jar (target/newsbeam-flink.jar) and Flink's classpath"
[ -f target/newsbeam-flink.jar ] && [ -n "${REUSE_JAR:-}" ] || mvn -q -B -Pflink-runner -DskipTests package
mvn -q -B -f scripts/flink-cluster/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$WORK/flink.classpath"
FLINK_CP=$(cat "$WORK/flink.classpath")

echo "== the articles on newsbeam's default engine, embedded Flink (before the cluster's configuration is set)"
mvn -q -B compile exec:java -Dexec.args="--input=$WORK/in/*.txt --output=$WORK/embedded-reports" 2>&1 | grep -E "^newsbeam" || true

# The cluster's configuration: one TaskManager with two slots and room for CoreNLP's models.
cat > "$WORK/conf/flink-conf.yaml" <<CONF
jobmanager.rpc.address: 127.0.0.1
jobmanager.bind-host: 127.0.0.1
jobmanager.rpc.port: 6123
jobmanager.memory.process.size: 1024m
rest.address: 127.0.0.1
rest.bind-address: 127.0.0.1
rest.port: 8381
taskmanager.host: 127.0.0.1
taskmanager.bind-host: 127.0.0.1
taskmanager.numberOfTaskSlots: 2
taskmanager.cpu.cores: 2
taskmanager.memory.framework.heap.size: 128m
taskmanager.memory.task.heap.size: 5g
taskmanager.memory.framework.off-heap.size: 128m
taskmanager.memory.task.off-heap.size: 0m
taskmanager.memory.managed.size: 512m
taskmanager.memory.network.min: 512m
taskmanager.memory.network.max: 512m
taskmanager.memory.jvm-metaspace.size: 512m
taskmanager.memory.jvm-overhead.min: 256m
taskmanager.memory.jvm-overhead.max: 256m
env.java.opts.taskmanager: -Xss8m
io.tmp.dirs: $WORK/tmp
parallelism.default: 2
CONF
export FLINK_CONF_DIR=$WORK/conf

# shellcheck source=lib/cluster.sh
source "$ROOT/scripts/lib/cluster.sh"

echo "== starting the JobManager (127.0.0.1:8381) and a TaskManager (2 slots)"
java -Xmx768m -cp "$FLINK_CP" org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
  --configDir "$WORK/conf" > "$WORK/logs/jobmanager.log" 2>&1 &
PIDS+=($!)
wait_for_port 8381
# The JVM sized as Flink's own scripts size it from this configuration: heap = framework + task
# heap; direct memory = framework and task off-heap + network; metaspace as configured.
java -Xmx5248m -Xms5248m -XX:MaxMetaspaceSize=512m -XX:MaxDirectMemorySize=640m -Xss8m -cp "$FLINK_CP" \
  org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir "$WORK/conf" \
  > "$WORK/logs/taskmanager.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 90); do
  grep -q "Successful registration at resource manager" "$WORK/logs/taskmanager.log" 2>/dev/null && break
  sleep 1
done

echo "== submitting newsbeam to the cluster"
START=$(date +%s)
if ! java -Xmx1g -cp "$FLINK_CP" org.apache.flink.client.cli.CliFrontend run \
  -m 127.0.0.1:8381 -c org.newsbeam.Newsbeam target/newsbeam-flink.jar \
  --runner=FlinkRunner --objectReuse=true \
  --input="$WORK/in/*.txt" --output="$WORK/cluster-reports" > "$WORK/logs/submit.log" 2>&1; then
  grep -E "Caused by" "$WORK/logs/submit.log" | tail -3 >&2
  echo "FAILED: the job failed on the cluster (logs in $WORK/logs)" >&2
  exit 1
fi
END=$(date +%s)
grep -E "^newsbeam|Job has been submitted" "$WORK/logs/submit.log" || true


echo "== comparing"
if diff -r "$WORK/embedded-reports" "$WORK/cluster-reports"; then
  echo "OK: the Flink cluster's reports are byte-identical to the embedded run's ($(ls "$WORK/in" | wc -l) files, cluster run $((END - START)) s)"
else
  echo "FAILED: the reports differ (logs in $WORK/logs)" >&2
  exit 1
fi
