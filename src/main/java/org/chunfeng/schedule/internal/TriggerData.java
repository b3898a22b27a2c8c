package org.chunfeng.schedule.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.quartz.JobDataMap;

/**
 * What a trigger carries to the firing job, as strings (portable in the JDBC job store).
 *
 * @param kind RUN (produce the deliverable) or ALERT (check it is out, else alert)
 * @param force send again even if the as-of date already completed
 */
record TriggerData(Kind kind, LocalDate asOf, Instant deadline, boolean force) {

	enum Kind {

		RUN, ALERT

	}

	JobDataMap toMap() {
		JobDataMap map = new JobDataMap();
		map.put("kind", this.kind.name());
		map.put("asOf", this.asOf.toString());
		map.put("deadline", this.deadline.toString());
		map.put("force", String.valueOf(this.force));
		return map;
	}

	static TriggerData from(Map<String, Object> map) {
		return new TriggerData(Kind.valueOf((String) map.get("kind")), LocalDate.parse((String) map.get("asOf")),
				Instant.parse((String) map.get("deadline")), Boolean.parseBoolean((String) map.get("force")));
	}

	static boolean sameAs(Map<String, Object> map, TriggerData data) {
		try {
			return data.equals(from(map));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
