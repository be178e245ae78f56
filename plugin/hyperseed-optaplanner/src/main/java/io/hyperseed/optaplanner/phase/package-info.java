/** The seeding custom phases (neural, plain construction) and the bridge to the solver termination. */
package io.hyperseed.optaplanner.phase;
