/**
 * The province's cities and counties with their official codes, and name matching.
 */
@ApplicationModule(allowedDependencies = {})
package org.chunfeng.region;

import org.springframework.modulith.ApplicationModule;
