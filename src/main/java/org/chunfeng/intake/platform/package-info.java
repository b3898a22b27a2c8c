/**
 * Intake of the platform's activity exports (SPEC §3.2): a module of its own, nested in
 * {@code intake}.
 */
@ApplicationModule(allowedDependencies = { "campaign", "region", "liveness", "logging" })
package org.chunfeng.intake.platform;

import org.springframework.modulith.ApplicationModule;
