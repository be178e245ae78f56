/** Planning solutions (program, max-cut) and the 0/1 planning entity; facts refer to entities by index. */
package io.hyperseed.optaplanner.domain;
