/** Result tables (markdown, CSV) and the per-fold accuracy chart (PNG). */
@NullMarked
package io.hyperseed.graphap.report;

import org.jspecify.annotations.NullMarked;
