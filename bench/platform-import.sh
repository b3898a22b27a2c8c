#!/usr/bin/env bash
# Performance benchmark (issues 3 and 14). Generates a deterministic N-row platform export and
# two later versions of it (the same rows as other bytes; every row a week newer), then, against
# one PostgreSQL, times each path users wait on next to its floor:
#
#   floor     psql \copy of the CSV into an equivalent typed table with a primary key (first
#             import), and the psql upsert of the same-rows and the newer file (\copy into a
#             temporary table, then INSERT ... ON CONFLICT ... WHERE excluded.updated_at is newer)
#   cli       import platform, JVM start included, plain (java -jar) and installed (extracted jar
#             + class data sharing archive, README "Production: a faster start"), -Xmx256m
#   aot       the same installed with JDK 25 and an AOT cache (JEP 483/514/515) trained on demo, and serve's
#             start and first upload with JDK 17 + CDS against JDK 25 + a cache trained on serve, as the
#             README says
#   service   a running serve (-Xmx256m): first import uploaded through the API and taken from the
#             inbox by a run
#   reimport  the same serve: re-import of the same rows (nothing newer) and of the newer rows
#   weekly    run weekly --as-of 2024-03-07 --no-mail with the whole season stored
#   xlsx      import platform of the rows as XLSX (-Xmx512m; not above Excel's 1,048,575 rows)
#
# Each timed load starts after a checkpoint, into emptied tables (first imports) or the season as
# the first import stored it (re-imports). Every measure runs BENCH_RUNS times; tables give
# medians, the runs and ratios. Peak RSS: /usr/bin/time for commands, VmHWM reset before each
# request for serve. Prints a markdown table at the end, ready for the README.
#
# usage: bench/platform-import.sh [ROWS]        (default 1000000; run after ./mvnw -q package -DskipTests)
# env:   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres)
#        BENCH_DB (chunfeng_bench): prefix of the databases it creates and drops: _floor, _cli, _service, _train
#        BENCH_RUNS (3)  BENCH_PARTS (floor,cli,aot,service,reimport,weekly,xlsx: any subset)
#        BENCH_JAVA25 (/usr/lib/jvm/temurin-25-jdk-amd64/bin/java)  BENCH_WORK (a new folder under /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-1000000}
runs=${BENCH_RUNS:-3}
parts=${BENCH_PARTS:-floor,cli,aot,service,reimport,weekly,xlsx}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DB:-chunfeng_bench}
java25=${BENCH_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
work=${BENCH_WORK:-$(mktemp -d /tmp/chunfeng-bench.XXXXXX)}
mkdir -p "$work"
serve_pid=
cleanup() {
	[ -z "$serve_pid" ] || kill "$serve_pid" 2>/dev/null || true
	for suffix in floor cli service train; do
		psql -d postgres -q -c "drop database if exists ${db}_$suffix with (force)" 2>/dev/null || true
	done
	rm -rf "$work"
}
trap cleanup EXIT

part() { [[ ",$parts," == *",$1,"* ]]; }
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
max() { sort -n | tail -1; }
fmt() { printf '%.2f' "$1"; }
ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }

# one markdown row per measure: what | median | runs | ratio | peak RSS
table=()
result() { table+=("| $1 | $(fmt "$2") s | $3 | $4 | $5 |"); }
runs_of() { local t out=(); for t in "$@"; do out+=("$(fmt "$t")"); done; echo "${out[*]}" | sed 's/ /, /g'; }

fresh_database() {
	psql -d postgres -q -v ON_ERROR_STOP=1 -c "drop database if exists $1 with (force)" -c "create database $1" \
		2>/dev/null
}
checkpoint() { psql -d postgres -q -c checkpoint; }
empty_platform_tables() {
	psql -d "$1" -q -c "truncate platform_activity, platform_staging, platform_rejection, platform_import"
}

# chunfeng DB LAUNCH HEAP ARGS...: LAUNCH is plain (java -jar), installed (JDK 17, CDS) or aot (JDK 25)
chunfeng() {
	local database=$1 launch=$2 heap=$3
	shift 3
	local java=(java "$heap" -jar target/chunfeng.jar)
	case $launch in
	# -Xshare:on and AOTMode=on: an archive or cache that cannot be used fails the bench, rather than slowing it
	installed) java=(java "$heap" -Xshare:on -XX:SharedArchiveFile="$work/app/chunfeng.jsa" -jar "$work/app/chunfeng.jar") ;;
	aot) java=("$java25" "$heap" -XX:AOTMode=on -XX:AOTCache="$work/app/commands.aot" -jar "$work/app/chunfeng.jar") ;;
	esac
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" SPRING_DATASOURCE_USERNAME="$PGUSER" \
		SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" "${java[@]}" --home "$work/home-$database" "$@"
}

# timed DB LAUNCH HEAP ARGS...: sets seconds and rss_mb
timed() {
	local start
	start=$(now)
	/usr/bin/time -f "%M" -o "$work/rss" bash -c "$(declare -f chunfeng); work='$work' java25='$java25' \
		PGHOST='$PGHOST' PGPORT='$PGPORT' PGUSER='$PGUSER' chunfeng $(printf '%q ' "$@")" >"$work/out" \
		2> >(grep -v '已读取' >&2)
	seconds=$(elapsed "$start" "$(now)")
	rss_mb=$(($(tail -1 "$work/rss") / 1024))
}

# where a command's time went, from its log: start-up and each step
phases() {
	grep -E 'Started ChunfengApplication|Step: \[' "$work/home-$1/logs/chunfeng.log" | tail -"$2" |
		sed -E 's/.*(Started ChunfengApplication in [0-9.]+ seconds \(process running for [0-9.]+\)).*/    \1/;
			s/.*Step: \[([a-zA-Z]+)\] executed in (.*)/    \1 \2/'
}

psql_seconds() {
	local start
	start=$(now)
	psql -d "$1" -q -v ON_ERROR_STOP=1 -f "$2" >/dev/null
	seconds=$(elapsed "$start" "$(now)")
}

echo "== $(date -u +%FT%TZ) $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB, $(uptime | sed 's/.*load/load/')"
echo "== generating $rows rows ..."
gen() { java bench/PlatformExportGenerator.java "$rows" "$1" "$work/$2" "$3"; }
gen csv export.csv original
if part reimport; then gen csv same.csv same && gen csv newer.csv newer; fi
if part xlsx && [ "$rows" -le 1048575 ]; then gen xlsx export.xlsx original; fi
for file in "$work"/*.csv "$work"/*.xlsx; do
	[ ! -f "$file" ] || printf "  %'d bytes  %s\n" "$(stat -c %s "$file")" "$file"
done
cat "$work"/*.csv >/dev/null
csv_mb=$(($(stat -c %s "$work/export.csv") / 1000000))

if part floor; then
	echo "== floors: psql"
	fresh_database "${db}_floor"
	psql -d "${db}_floor" -q -v ON_ERROR_STOP=1 -c "
		create table copy_floor (
			activity_id varchar(200) primary key, name varchar(1000), mode varchar(8), county_code varchar(12),
			city_name varchar(50), county_name varchar(50), start_date date, end_date date, employers bigint,
			positions bigint, intents bigint, campaign varchar(500), status varchar(100), updated_at timestamp)"
	echo "truncate copy_floor;" >"$work/reset.sql"
	echo "\\copy copy_floor from '$work/export.csv' with (format csv, header true)" >"$work/copy.sql"
	for file in $(part reimport && echo same newer); do
		cat >"$work/upsert-$file.sql" <<-EOF
			begin;
			create temporary table upsert_rows (like copy_floor) on commit drop;
			\\copy upsert_rows from '$work/$file.csv' with (format csv, header true)
			insert into copy_floor select * from upsert_rows on conflict (activity_id) do update set
				name = excluded.name, mode = excluded.mode, county_code = excluded.county_code,
				city_name = excluded.city_name, county_name = excluded.county_name, start_date = excluded.start_date,
				end_date = excluded.end_date, employers = excluded.employers, positions = excluded.positions,
				intents = excluded.intents, campaign = excluded.campaign, status = excluded.status,
				updated_at = excluded.updated_at
			where excluded.updated_at > copy_floor.updated_at;
			commit;
		EOF
	done
	# the same upsert into a table with platform_activity's fillfactor (V11: half of each page free)
	sed 's/copy_floor/copy_floor_half/g' "$work/upsert-newer.sql" >"$work/upsert-newer-half.sql" 2>/dev/null || true
	copy_times=() same_floor_times=() newer_floor_times=() half_floor_times=()
	for run in $(seq "$runs"); do
		psql -d "${db}_floor" -q -f "$work/reset.sql"
		checkpoint
		psql_seconds "${db}_floor" "$work/copy.sql"
		copy_times+=("$seconds")
		echo "  run $run: \\copy $(fmt "$seconds") s"
		part reimport || continue
		checkpoint
		psql_seconds "${db}_floor" "$work/upsert-same.sql"
		same_floor_times+=("$seconds")
		checkpoint
		psql_seconds "${db}_floor" "$work/upsert-newer.sql"
		newer_floor_times+=("$seconds")
		psql -d "${db}_floor" -q -v ON_ERROR_STOP=1 -c "drop table if exists copy_floor_half" \
			-c "create table copy_floor_half (like copy_floor including all) with (fillfactor = 50)" \
			-c "\\copy copy_floor_half from '$work/export.csv' with (format csv, header true)"
		checkpoint
		psql_seconds "${db}_floor" "$work/upsert-newer-half.sql"
		half_floor_times+=("$seconds")
		echo "  run $run: upsert nothing newer $(fmt "${same_floor_times[-1]}") s, every row newer $(fmt "${newer_floor_times[-1]}") s, every row newer with fillfactor 50 $(fmt "$seconds") s"
	done
	copy_floor=$(printf '%s\n' "${copy_times[@]}" | median)
	result "floor: \`psql \\copy\` into a typed table with a primary key" "$copy_floor" "$(runs_of "${copy_times[@]}")" 1 ""
	if part reimport; then
		same_floor=$(printf '%s\n' "${same_floor_times[@]}" | median)
		newer_floor=$(printf '%s\n' "${newer_floor_times[@]}" | median)
		result "floor: psql upsert, nothing newer" "$same_floor" "$(runs_of "${same_floor_times[@]}")" 1 ""
		result "floor: psql upsert, every row newer" "$newer_floor" "$(runs_of "${newer_floor_times[@]}")" 1 ""
		m=$(printf '%s\n' "${half_floor_times[@]}" | median)
		result "(psql upsert, every row newer, into a table with platform_activity's fillfactor 50)" "$m" \
			"$(runs_of "${half_floor_times[@]}")" "$(ratio "$m" "$newer_floor")" ""
	fi
	psql -d postgres -q -c "drop database if exists ${db}_floor with (force)"
fi
floor_ratio() { if [ -n "${!2:-}" ]; then ratio "$1" "${!2}"; else echo "-"; fi; }

if part cli || part aot || part weekly || part service; then
	echo "== installing as README \"Production: a faster start\" says (extracted jar, CDS archive of the classes a status run loaded)"
	java -Djarmode=tools -jar target/chunfeng.jar extract --destination "$work/app" >/dev/null
	fresh_database "${db}_train"
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/${db}_train" SPRING_DATASOURCE_USERNAME="$PGUSER" \
		SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" java -XX:DumpLoadedClassList="$work/app/classes.lst" \
		-jar "$work/app/chunfeng.jar" --home "$work/home-train" status >/dev/null 2>&1
	grep -v '^@lambda-proxy' "$work/app/classes.lst" >"$work/app/classes-archived.lst"
	java -Xshare:dump -XX:SharedClassListFile="$work/app/classes-archived.lst" \
		-XX:SharedArchiveFile="$work/app/chunfeng.jsa" -jar "$work/app/chunfeng.jar" >/dev/null 2>&1
fi
launches=()
part cli && launches+=(plain installed)
if part aot && [ -x "$java25" ]; then
	echo "== JDK 25 AOT cache, trained as README \"Production: a faster start\" says (demo against a scratch database)"
	fresh_database "${db}_train"
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/${db}_train" SPRING_DATASOURCE_USERNAME="$PGUSER" \
		SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" "$java25" -XX:AOTCacheOutput="$work/app/commands.aot" \
		-jar "$work/app/chunfeng.jar" --home "$work/home-aot-training" demo >/dev/null 2>&1
	launches+=(aot)
fi

if [ ${#launches[@]} -gt 0 ]; then
	fresh_database "${db}_cli"
	chunfeng "${db}_cli" plain -Xmx256m status >/dev/null 2>&1
	for launch in "${launches[@]}"; do
		times=() rss=()
		for run in $(seq "$runs"); do
			empty_platform_tables "${db}_cli"
			checkpoint
			echo "  import platform CSV, $launch, run $run/$runs ..."
			timed "${db}_cli" "$launch" -Xmx256m import platform "$work/export.csv"
			times+=("$seconds") rss+=("$rss_mb")
			phases "${db}_cli" 3
		done
		median_seconds=$(printf '%s\n' "${times[@]}" | median)
		label="first import, CLI $launch (JDK 17)"
		[ "$launch" = installed ] && label="first import, CLI installed (JDK 17 + CDS)"
		[ "$launch" = aot ] && label="first import, CLI installed (JDK 25 + AOT cache)"
		result "$label, JVM start included" "$median_seconds" "$(runs_of "${times[@]}")" \
			"$(floor_ratio "$median_seconds" copy_floor)" "$(printf '%s\n' "${rss[@]}" | max) MB"
	done
	if part xlsx && [ -f "$work/export.xlsx" ]; then
		empty_platform_tables "${db}_cli"
		checkpoint
		echo "  import platform XLSX, installed ..."
		timed "${db}_cli" installed -Xmx512m import platform "$work/export.xlsx"
		phases "${db}_cli" 3
		result "first import of the XLSX, CLI installed, -Xmx512m" "$seconds" "1 run" "-" "$rss_mb MB"
	fi
	psql -d postgres -q -c "drop database if exists ${db}_cli with (force)"
fi

# serve LAUNCH: starts serve on a free port in the background; sets serve_pid, port, up_seconds
serve() {
	local launch=$1 java=(java -Xmx256m -Xshare:on -XX:SharedArchiveFile="$work/app/chunfeng.jsa")
	[ "$launch" = aot ] && java=("$java25" -Xmx256m -XX:AOTMode=on -XX:AOTCache="$work/app/serve.aot")
	[ "$launch" = aot-training ] && java=("$java25" -Xmx256m -XX:AOTCacheOutput="$work/app/serve.aot")
	port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	local start
	start=$(now)
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/${db}_service" SPRING_DATASOURCE_USERNAME="$PGUSER" \
		SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" SPRING_SERVLET_MULTIPART_MAX_FILE_SIZE=-1 \
		SPRING_SERVLET_MULTIPART_MAX_REQUEST_SIZE=-1 \
		"${java[@]}" -jar "$work/app/chunfeng.jar" --home "$work/home-service" serve --port "$port" \
		>>"$work/serve.out" 2>&1 &
	serve_pid=$!
	until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do
		kill -0 "$serve_pid" 2>/dev/null || { tail -20 "$work/serve.out"; exit 1; }
		sleep 0.05
	done
	up_seconds=$(elapsed "$start" "$(now)")
}
stop_serve() { kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; serve_pid=; }

# upload FILE: the API request, HTTP transfer included; sets seconds and rss_mb (serve's peak during it)
upload() {
	echo 5 >"/proc/$serve_pid/clear_refs"
	local start outcome
	start=$(now)
	outcome=$(curl -sf -u admin:chunfeng-admin -F "file=@$1" "http://127.0.0.1:$port/api/uploads/platform" |
		sed -E 's/.*"outcome":"([A-Z]+)".*/\1/')
	seconds=$(elapsed "$start" "$(now)")
	rss_mb=$(($(awk '/VmHWM/ { print $2 }' "/proc/$serve_pid/status") / 1024))
	[ "$outcome" = LOADED ] || { echo "upload of $1: $outcome" >&2; exit 1; }
}
# another name for the same bytes is a duplicate: each run takes a copy with blank lines added
variant() { cp "$work/$1.csv" "$work/$1-$2.csv" && printf '\n%.0s' $(seq "$2") >>"$work/$1-$2.csv"; }

if part service; then
	echo "== service: serve -Xmx256m (JDK 17 + CDS)"
	fresh_database "${db}_service"
	serve installed
	api_times=() api_rss=() inbox_times=() same_times=() same_rss=() newer_times=() newer_rss=()
	for run in $(seq "$runs"); do
		empty_platform_tables "${db}_service"
		checkpoint
		upload "$work/export.csv"
		api_times+=("$seconds") api_rss+=("$rss_mb")
		echo "  run $run: first import $(fmt "$seconds") s"
		part reimport || continue
		variant same "$run"
		checkpoint
		upload "$work/same-$run.csv"
		same_times+=("$seconds") same_rss+=("$rss_mb")
		variant newer "$run"
		checkpoint
		upload "$work/newer-$run.csv"
		newer_times+=("$seconds") newer_rss+=("$rss_mb")
		rm -f "$work/same-$run.csv" "$work/newer-$run.csv"
		echo "  run $run: nothing newer $(fmt "${same_times[-1]}") s, every row newer $(fmt "$seconds") s"
	done
	for run in $(seq "$runs"); do
		# the inbox: a run of the weekly deliverable takes the file in (its ingest step)
		empty_platform_tables "${db}_service"
		mkdir -p "$work/home-service/inbox/platform"
		cp "$work/export.csv" "$work/home-service/inbox/platform/export-$run.csv"
		# the copy on disk before the clock starts, rather than written back during the import
		sync
		checkpoint
		curl -sf -u admin:chunfeng-admin -H 'Content-Type: application/json' \
			-d '{"asOf": "2024-03-07", "sendMail": false, "force": true}' \
			"http://127.0.0.1:$port/api/deliverables/weekly/runs" >/dev/null
		inbox_times+=("$(psql -d "${db}_service" -At -c "
			select extract(epoch from end_time - start_time) from batch_step_execution
			where step_name = 'ingestPlatformStep' order by step_execution_id desc limit 1")")
		echo "  inbox run $run: ingest step $(fmt "${inbox_times[-1]}") s"
	done
	stop_serve
	m=$(printf '%s\n' "${api_times[@]}" | median)
	result "first import, service, API upload (HTTP transfer of ${csv_mb} MB included)" "$m" \
		"$(runs_of "${api_times[@]}")" "$(floor_ratio "$m" copy_floor)" "$(printf '%s\n' "${api_rss[@]}" | max) MB"
	m=$(printf '%s\n' "${inbox_times[@]}" | median)
	result "first import, service, inbox taken in by a run (its ingest step)" "$m" "$(runs_of "${inbox_times[@]}")" \
		"$(floor_ratio "$m" copy_floor)" ""
	if part reimport; then
		m=$(printf '%s\n' "${same_times[@]}" | median)
		result "re-import, nothing newer, service, API upload" "$m" "$(runs_of "${same_times[@]}")" \
			"$(floor_ratio "$m" same_floor)" "$(printf '%s\n' "${same_rss[@]}" | max) MB"
		m=$(printf '%s\n' "${newer_times[@]}" | median)
		result "re-import, every row newer, service, API upload" "$m" "$(runs_of "${newer_times[@]}")" \
			"$(floor_ratio "$m" newer_floor)" "$(printf '%s\n' "${newer_rss[@]}" | max) MB"
	fi
fi

if part aot && part service && [ -x "$java25" ]; then
	echo "== serve start-up: JDK 17 + CDS against JDK 25 + an AOT cache trained by starting and stopping serve"
	serve aot-training
	stop_serve
	for launch in installed aot; do
		times=() first=()
		for run in $(seq "$runs"); do
			empty_platform_tables "${db}_service"
			serve "$launch"
			times+=("$up_seconds")
			checkpoint
			upload "$work/export.csv"
			first+=("$seconds")
			stop_serve
		done
		name="JDK 17 + CDS"
		[ "$launch" = aot ] && name="JDK 25 + AOT cache"
		result "serve, $name: launch to healthy" "$(printf '%s\n' "${times[@]}" | median)" "$(runs_of "${times[@]}")" "-" ""
		m=$(printf '%s\n' "${first[@]}" | median)
		result "serve, $name: first upload after start" "$m" "$(runs_of "${first[@]}")" \
			"$(floor_ratio "$m" copy_floor)" ""
	done
fi

if part weekly; then
	echo "== weekly run with the season stored"
	if ! part service; then
		fresh_database "${db}_service"
		chunfeng "${db}_service" installed -Xmx256m import platform "$work/export.csv" >/dev/null 2>&1
	fi
	activities=$(psql -d "${db}_service" -At -c "select count(*) from platform_activity")
	weekly_launches=(installed)
	[[ " ${launches[*]} " == *" aot "* ]] && weekly_launches+=(aot)
	for launch in "${weekly_launches[@]}"; do
		times=() rss=()
		for run in $(seq "$runs"); do
			checkpoint
			# forced: a run of the same deliverable and date is otherwise the one stored
			timed "${db}_service" "$launch" -Xmx256m run weekly --as-of 2024-03-07 --no-mail --force
			times+=("$seconds") rss+=("$rss_mb")
			phases "${db}_service" 6
		done
		name="JDK 17 + CDS"
		[ "$launch" = aot ] && name="JDK 25 + AOT cache"
		result "\`run weekly --as-of 2024-03-07 --no-mail --force\`, ${activities} activities stored, CLI installed ($name), -Xmx256m" \
			"$(printf '%s\n' "${times[@]}" | median)" "$(runs_of "${times[@]}")" "-" "$(printf '%s\n' "${rss[@]}" | max) MB"
	done
fi

echo
echo "rows: $rows, CSV ${csv_mb} MB, runs: $runs, $(uptime | sed 's/.*load/load/')"
echo
echo "| what | median | runs | ratio to its floor | peak RSS |"
echo "| --- | --- | --- | --- | --- |"
printf '%s\n' "${table[@]}"
