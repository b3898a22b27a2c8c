/**
 * The compiled report workbook and chart (SPEC §5.1).
 */
@ApplicationModule
package org.chunfeng.report;

import org.springframework.modulith.ApplicationModule;
