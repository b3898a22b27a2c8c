package org.chunfeng.schedule;

import java.util.List;

/**
 * Sends an alert to the admins. The default writes it through the configured mail server,
 * or as an .eml file to the pickup folder without one.
 */
public interface AlertSender {

	/** Sends it and returns the addresses it went to. */
	List<String> send(Alert alert);

}
