#!/usr/bin/env bash
# Platform import benchmark (issue 3): generates a deterministic N-row export, then against
# the same PostgreSQL times
#   1. psql \copy of the CSV into an equivalent typed table with a primary key (the floor),
#   2. import platform of the CSV with -Xmx256m, JVM start included, installed as README
#      "Production: a faster start" describes (jar extracted, class data sharing archive),
#   3. the same with plain java -jar target/chunfeng.jar, for reference,
#   4. import platform of the same rows as XLSX with -Xmx512m,
# each import into a fresh database whose schema Flyway created beforehand (schema creation
# and installation are one-time steps, not part of an import). 1 and 2 run BENCH_RUNS times
# and their medians make the ratio, since a shared 2-core machine varies by a second or two.
# Prints the times, the ratio, where the import's time went and peak memory.
#
# usage: bench/platform-import.sh [ROWS]       (default 1000000)
# env:   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) BENCH_DB (chunfeng_bench_platform)
#        BENCH_RUNS (3) BENCH_XLSX=0 skips the XLSX run
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-1000000}
runs=${BENCH_RUNS:-3}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DB:-chunfeng_bench_platform}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f target/chunfeng.jar ]; then
	./mvnw -o -q package -DskipTests
fi

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# installed: the extracted jar with its class data sharing archive; plain: java -jar
chunfeng() {
	local launch=$1 heap=$2
	shift 2
	local java=(java "$heap" -jar target/chunfeng.jar)
	if [ "$launch" = installed ]; then
		java=(java "$heap" -XX:SharedArchiveFile="$work/app/chunfeng.jsa" -jar "$work/app/chunfeng.jar")
	fi
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SPRING_DATASOURCE_USERNAME="$PGUSER" \
		SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" "${java[@]}" --home "$work/home" "$@"
}

fresh_database() {
	psql -d postgres -q -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" -c "create database $db" \
		2>/dev/null
	# Flyway creates the schema on the first start; --help starts the application and exits
	chunfeng plain -Xmx256m import platform --help >/dev/null
}

# each timed load starts with no writes of an earlier one pending (a checkpoint)
settle() {
	psql -d postgres -q -c checkpoint
}

# times one import into a fresh database: sets seconds, rss_mb and loaded
timed_import() {
	local launch=$1 heap=$2 file=$3
	fresh_database
	rm -rf "$work/home/logs"
	settle
	local start
	start=$(now)
	/usr/bin/time -f "%M" -o "$work/rss" \
		bash -c "$(declare -f chunfeng); work='$work' db='$db' chunfeng $launch $heap import platform '$file'" \
		>/dev/null 2> >(grep -v '已读取' >&2)
	seconds=$(elapsed "$start" "$(now)")
	rss_mb=$(($(cat "$work/rss") / 1024))
	loaded=$(psql -d "$db" -At -c "select count(*) from platform_activity")
}

# where an import's time went, from its log: start-up and each step
phases() {
	grep -E 'Started ChunfengApplication|Step: \[' "$work/home/logs/chunfeng.log" | tail -3 |
		sed -E 's/.*(Started ChunfengApplication in [0-9.]+ seconds \(process running for [0-9.]+\)).*/    \1/;
			s/.*Step: \[([a-zA-Z]+)\] executed in (.*)/    \1 \2/'
}

echo "generating $rows rows ..."
java bench/PlatformExportGenerator.java "$rows" csv "$work/export.csv"
[ "${BENCH_XLSX:-1}" = 0 ] || java bench/PlatformExportGenerator.java "$rows" xlsx "$work/export.xlsx"
ls -l "$work"/export.* | awk '{print "  " $5 " bytes  " $9}'

echo "installing as README \"Production: a faster start\" says (extracted jar, CDS archive from a status run) ..."
java -Djarmode=tools -jar target/chunfeng.jar extract --destination "$work/app" >/dev/null
fresh_database
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SPRING_DATASOURCE_USERNAME="$PGUSER" \
	SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" java -XX:ArchiveClassesAtExit="$work/app/chunfeng.jsa" \
	-jar "$work/app/chunfeng.jar" --home "$work/home" status >/dev/null 2>&1

copy_times=() csv_times=()
cat "$work/export.csv" >/dev/null
for run in $(seq "$runs"); do
	fresh_database
	psql -d "$db" -q -v ON_ERROR_STOP=1 -c "
		create table copy_floor (
			activity_id varchar(200) primary key, name varchar(1000), mode varchar(8), county_code varchar(12),
			city_name varchar(50), county_name varchar(50), start_date date, end_date date, employers bigint,
			positions bigint, intents bigint, campaign varchar(500), status varchar(100), updated_at timestamp)"
	settle
	start=$(now)
	psql -d "$db" -q -v ON_ERROR_STOP=1 -c "\\copy copy_floor from '$work/export.csv' with (format csv, header true)"
	copy_times+=("$(elapsed "$start" "$(now)")")

	echo "import platform CSV, run $run/$runs ..."
	timed_import installed -Xmx256m "$work/export.csv"
	csv_times+=("$seconds")
	csv_rss=$rss_mb csv_loaded=$loaded
	phases
done
copy_seconds=$(printf '%s\n' "${copy_times[@]}" | median)
csv_seconds=$(printf '%s\n' "${csv_times[@]}" | median)

echo "import platform CSV, plain java -jar ..."
timed_import plain -Xmx256m "$work/export.csv"
plain_seconds=$seconds
plain_rss=$rss_mb
phases

if [ "${BENCH_XLSX:-1}" != 0 ]; then
	echo "import platform XLSX ..."
	timed_import installed -Xmx512m "$work/export.xlsx"
	xlsx_seconds=$seconds
	xlsx_rss=$rss_mb xlsx_loaded=$loaded
	phases
fi
psql -d postgres -q -c "drop database if exists $db with (force)" 2>/dev/null

printf '\nrows: %d, runs: %d (each: %s; %s)\n' "$rows" "$runs" "${copy_times[*]}" "${csv_times[*]}"
printf 'psql \\copy (typed table + primary key), median:  %6.2f s\n' "$copy_seconds"
printf 'import platform CSV (-Xmx256m, JVM incl.), median: %6.2f s  (%s activities, peak RSS %d MB)\n' \
	"$csv_seconds" "$csv_loaded" "$csv_rss"
printf 'ratio import / \\copy:                              %6.2f (target <= 2)\n' \
	"$(echo "$csv_seconds / $copy_seconds" | bc -l)"
printf 'import platform CSV, plain java -jar:               %6.2f s  (peak RSS %d MB)\n' "$plain_seconds" "$plain_rss"
if [ "${BENCH_XLSX:-1}" != 0 ]; then
	printf 'import platform XLSX (-Xmx512m, JVM incl.):        %6.2f s  (%s activities, peak RSS %d MB)\n' \
		"$xlsx_seconds" "$xlsx_loaded" "$xlsx_rss"
fi
