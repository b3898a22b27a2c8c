/**
 * The admin web console and JSON API (SPEC §7).
 */
@ApplicationModule(allowedDependencies = { "campaign", "region", "intake.city", "intake.platform", "reconcile",
		"deliverable", "delivery", "schedule", "audit", "logging" })
package org.chunfeng.admin;

import org.springframework.modulith.ApplicationModule;
