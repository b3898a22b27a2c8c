/**
 * Quartz schedules derived from jobs/ and the campaign calendar (SPEC §6).
 */
@ApplicationModule(allowedDependencies = { "campaign", "deliverable", "delivery", "liveness", "logging" })
package org.chunfeng.schedule;

import org.springframework.modulith.ApplicationModule;
