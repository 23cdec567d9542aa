#!/usr/bin/env bash
# Runs newsbeam on a real multi-process Spark standalone cluster on this machine and checks its
# reports against a DirectRunner run over the same articles:
#   1. builds the job jar (mvn -Pspark-runner package) and a Spark installation from Maven
#      artifacts (no download from anywhere but Maven Central);
#   2. starts a Spark master and a worker, each its own JVM, bound to 127.0.0.1;
#   3. submits the job jar with spark-submit (client mode) over a folder of articles;
#   4. runs the DirectRunner over the same folder and compares every report byte for byte;
#   5. stops the cluster, whatever happened.
# Usage: scripts/spark-cluster-check.sh [ARTICLES_GLOB]   (default: seeds and test articles)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/target/spark-cluster
rm -rf "$WORK"
mkdir -p "$WORK/in" "$WORK/spark-home/jars" "$WORK/logs"

if [ $# -gt 0 ]; then
  for f in $1; do ln -s "$(realpath "$f")" "$WORK/in/"; done
else
  cp seeds/*.txt src/test/resources/articles/*.txt "$WORK/in/"
fi

echo "== building the job jar (target/newsbeam-spark.jar) and the Spark classpath"
[ -f target/newsbeam-spark.jar ] && [ -n "${REUSE_JAR:-}" ] || mvn -q -B -Pspark-runner -DskipTests package
mvn -q -B -f scripts/spark-cluster/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$WORK/spark.classpath"
# A SPARK_HOME whose jars/ holds Spark's artifacts: the worker builds executor commands from it.
tr ":" "\n" < "$WORK/spark.classpath" | while read -r jar || [ -n "$jar" ]; do ln -s "$jar" "$WORK/spark-home/jars/"; done
export SPARK_HOME=$WORK/spark-home
# An installed Spark tells its Scala version by its layout; this one says it here.
export SPARK_SCALA_VERSION=2.12
SPARK_CP="$WORK/spark-home/jars/*"
OPENS="--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"

# shellcheck source=lib/cluster.sh
source "$ROOT/scripts/lib/cluster.sh"

echo "== starting the Spark master (127.0.0.1:7077) and a worker (2 cores, 8 GB)"
java -Xmx512m $OPENS -cp "$SPARK_CP" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 7077 --webui-port 8580 > "$WORK/logs/master.log" 2>&1 &
PIDS+=($!)
wait_for_port 7077
java -Xmx512m $OPENS -cp "$SPARK_CP" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --cores 2 --memory 8g --webui-port 8581 spark://127.0.0.1:7077 \
  > "$WORK/logs/worker.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do
  grep -q "Successfully registered with master" "$WORK/logs/worker.log" 2>/dev/null && break
  sleep 1
done

echo "== submitting newsbeam to the cluster"
START=$(date +%s)
java -Xmx2g $OPENS -cp "$SPARK_CP" org.apache.spark.deploy.SparkSubmit \
  --master spark://127.0.0.1:7077 --deploy-mode client \
  --class org.newsbeam.Newsbeam \
  --conf spark.executor.memory=6g --conf spark.executor.cores=2 \
  --conf "spark.executor.extraJavaOptions=-Xss8m $OPENS" \
  --conf spark.driver.host=127.0.0.1 --conf spark.ui.enabled=false \
  target/newsbeam-spark.jar \
  --runner=SparkRunner --sparkMaster=spark://127.0.0.1:7077 \
  --input="$WORK/in/*.txt" --output="$WORK/cluster-reports" 2>&1 | tee "$WORK/logs/submit.log" | grep -E "^newsbeam" || true
END=$(date +%s)

echo "== the same articles on the DirectRunner"
mvn -q -B compile exec:java -Dexec.args="--input=$WORK/in/*.txt --output=$WORK/direct-reports --runner=DirectRunner" 2>&1 | grep -E "^newsbeam" || true

echo "== comparing"
if diff -r "$WORK/direct-reports" "$WORK/cluster-reports"; then
  echo "OK: the Spark cluster's reports are byte-identical to the DirectRunner's ($(ls "$WORK/in" | wc -l) files, cluster run $((END - START)) s)"
else
  echo "FAILED: the reports differ (logs in $WORK/logs)" >&2
  exit 1
fi
