/** Planning entity, the two planning solutions and their constraint-stream facts (index-based, immutable). */
package io.hyperseed.timefold.domain;
