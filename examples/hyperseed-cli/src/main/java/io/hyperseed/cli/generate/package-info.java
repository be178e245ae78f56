/** {@code hyperseed generate}: seeded random hypergraphs and constrained programs, written as instance files. */
package io.hyperseed.cli.generate;
