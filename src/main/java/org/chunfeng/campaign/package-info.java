/**
 * The campaign calendar: window, deadlines, weekly due dates and working days (SPEC §2).
 */
@ApplicationModule(allowedDependencies = {})
package org.chunfeng.campaign;

import org.springframework.modulith.ApplicationModule;
