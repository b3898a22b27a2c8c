/**
 * Reconciliation of the cities' figures with the platform's (SPEC §4).
 */
@ApplicationModule
package org.chunfeng.reconcile;

import org.springframework.modulith.ApplicationModule;
