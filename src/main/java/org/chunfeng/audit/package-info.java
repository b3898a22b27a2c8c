/**
 * The audit log: who did what and with what outcome — the console's and the API's users,
 * failed logins, logouts and denied actions, and every run of a deliverable with its
 * actor (a user, 命令行 or 定时任务), its number and how it ended (SPEC §7).
 */
@ApplicationModule(allowedDependencies = { "deliverable" })
package org.chunfeng.audit;

import org.springframework.modulith.ApplicationModule;
