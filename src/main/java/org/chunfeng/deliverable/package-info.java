/**
 * The deliverables of jobs/ and their runs: ingest, reconcile, compile, deliver (SPEC
 * §6).
 */
@ApplicationModule(allowedDependencies = { "campaign", "region", "intake.city", "intake.platform", "reconcile",
		"report", "delivery", "liveness", "logging" })
package org.chunfeng.deliverable;

import org.springframework.modulith.ApplicationModule;
