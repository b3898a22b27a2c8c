/**
 * Reconciliation of the cities' figures with the platform's (SPEC §4).
 */
@ApplicationModule(allowedDependencies = { "campaign", "region", "intake.city", "intake.platform" })
package org.chunfeng.reconcile;

import org.springframework.modulith.ApplicationModule;
