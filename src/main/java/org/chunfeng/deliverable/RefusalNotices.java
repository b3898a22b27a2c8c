package org.chunfeng.deliverable;

import java.util.List;

/**
 * Tells cities at once that their files were refused (SPEC §4.1: a console or API upload
 * is answered at once; files that came otherwise are told of by the next weekly or
 * reminder run).
 */
public interface RefusalNotices {

	/**
	 * Sends a 退回通知 for every refused file whose city has not been told yet.
	 * @return the messages and what became of them
	 */
	List<RunMail> sendNow();

}
