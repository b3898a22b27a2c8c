/**
 * The compiled report workbook and chart (SPEC §5.1).
 */
@ApplicationModule(allowedDependencies = { "campaign", "region", "intake.city", "intake.platform", "reconcile" })
package org.chunfeng.report;

import org.springframework.modulith.ApplicationModule;
