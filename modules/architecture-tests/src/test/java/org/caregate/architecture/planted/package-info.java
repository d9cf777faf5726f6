/**
 * Planted violations, one per boundary rule: {@code PlantedViolationsTest} shows that each rule of
 * {@code CaregateRules} fails on them. Never part of the product (test sources only).
 */
package org.caregate.architecture.planted;
