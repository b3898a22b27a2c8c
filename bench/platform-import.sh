#!/usr/bin/env bash
# Platform import benchmark (issue 3): generates a deterministic N-row export, then against
# the same PostgreSQL times
#   1. psql \copy of the CSV into an equivalent typed table with a primary key (the floor),
#   2. java -Xmx256m -jar target/chunfeng.jar import platform of the CSV (JVM start included),
#   3. java -Xmx512m -jar target/chunfeng.jar import platform of the same rows as XLSX,
# each into a fresh database whose schema Flyway created beforehand (schema creation is a
# one-time step, not part of an import). Prints the times, the ratio and peak memory.
#
# usage: bench/platform-import.sh [ROWS]       (default 1000000)
# env:   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) BENCH_DB (chunfeng_bench_platform)
#        BENCH_XLSX=0 skips the XLSX run
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-1000000}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DB:-chunfeng_bench_platform}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f target/chunfeng.jar ]; then
	./mvnw -o -q package -DskipTests
fi

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

fresh_database() {
	psql -d postgres -q -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" -c "create database $db" \
		2>/dev/null
	# Flyway creates the schema on the first start; --help starts the application and exits
	chunfeng -Xmx256m import platform --help >/dev/null
}

chunfeng() {
	local heap=$1
	shift
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SPRING_DATASOURCE_USERNAME="$PGUSER" \
		SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
		java "$heap" -jar target/chunfeng.jar --home "$work/home" "$@"
}

# where an import's time went, from its log: start-up and each step
phases() {
	grep -E 'Started ChunfengApplication|Step: \[' "$1" | tail -3 |
		sed -E 's/.*(Started ChunfengApplication in [0-9.]+ seconds \(process running for [0-9.]+\)).*/  \1/;
			s/.*Step: \[([a-zA-Z]+)\] executed in (.*)/  \1 \2/'
}

echo "generating $rows rows ..."
java bench/PlatformExportGenerator.java "$rows" csv "$work/export.csv"
[ "${BENCH_XLSX:-1}" = 0 ] || java bench/PlatformExportGenerator.java "$rows" xlsx "$work/export.xlsx"
ls -l "$work"/export.* | awk '{print "  " $5 " bytes  " $9}'

fresh_database
psql -d "$db" -q -v ON_ERROR_STOP=1 -c "
	create table copy_floor (
		activity_id varchar(200) primary key, name varchar(1000), mode varchar(8), county_code varchar(12),
		city_name varchar(50), county_name varchar(50), start_date date, end_date date, employers bigint,
		positions bigint, intents bigint, campaign varchar(500), status varchar(100), updated_at timestamp)"
cat "$work/export.csv" >/dev/null
start=$(now)
psql -d "$db" -q -v ON_ERROR_STOP=1 -c "\\copy copy_floor from '$work/export.csv' with (format csv, header true)"
copy_seconds=$(elapsed "$start" "$(now)")
psql -d "$db" -q -c "drop table copy_floor"

echo "import platform (CSV, -Xmx256m) ..."
start=$(now)
/usr/bin/time -f "%M" -o "$work/csv.rss" \
	bash -c "$(declare -f chunfeng); work='$work' db='$db' chunfeng -Xmx256m import platform '$work/export.csv'" \
	2> >(grep -v '已读取' >&2)
csv_seconds=$(elapsed "$start" "$(now)")
phases "$work/home/logs/chunfeng.log"
loaded=$(psql -d "$db" -At -c "select count(*) from platform_activity")

if [ "${BENCH_XLSX:-1}" != 0 ]; then
	fresh_database
	echo "import platform (XLSX, -Xmx512m) ..."
	start=$(now)
	/usr/bin/time -f "%M" -o "$work/xlsx.rss" \
		bash -c "$(declare -f chunfeng); work='$work' db='$db' chunfeng -Xmx512m import platform '$work/export.xlsx'" \
		2> >(grep -v '已读取' >&2)
	xlsx_seconds=$(elapsed "$start" "$(now)")
	phases "$work/home/logs/chunfeng.log"
	loaded_xlsx=$(psql -d "$db" -At -c "select count(*) from platform_activity")
fi
psql -d postgres -q -c "drop database if exists $db with (force)" 2>/dev/null

printf '\nrows: %d\n' "$rows"
printf 'psql \\copy (typed table + primary key):   %6.2f s\n' "$copy_seconds"
printf 'import platform CSV  (-Xmx256m, JVM incl.): %6.2f s  (%s activities, peak RSS %d MB)\n' "$csv_seconds" \
	"$loaded" "$(( $(cat "$work/csv.rss") / 1024 ))"
printf 'ratio import / \\copy:                       %6.2f (target <= 2)\n' "$(echo "$csv_seconds / $copy_seconds" | bc -l)"
if [ "${BENCH_XLSX:-1}" != 0 ]; then
	printf 'import platform XLSX (-Xmx512m, JVM incl.): %6.2f s  (%s activities, peak RSS %d MB)\n' "$xlsx_seconds" \
		"$loaded_xlsx" "$(( $(cat "$work/xlsx.rss") / 1024 ))"
fi
