/**
 * The command line (SPEC §7).
 */
@ApplicationModule(allowedDependencies = { "campaign", "region", "intake.city", "intake.platform", "reconcile",
		"deliverable", "delivery", "schedule", "audit", "demo" })
package org.chunfeng.cli;

import org.springframework.modulith.ApplicationModule;
