/**
 * Quartz schedules derived from jobs/ and the campaign calendar (SPEC §6).
 */
@ApplicationModule
package org.chunfeng.schedule;

import org.springframework.modulith.ApplicationModule;
