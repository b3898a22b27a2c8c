package org.chunfeng.schedule;

import java.time.Instant;
import java.time.LocalDate;

/** An alert that was sent to the admins. */
public record AlertRecord(long id, String deliverable, LocalDate asOf, Alert.Kind kind, Instant deadline,
		Instant sentAt, String recipients, String message) {

}
