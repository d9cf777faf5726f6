package org.caregate.scheduling.api;

import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;

/**
 * Which appointments to list or count: the caller's, one person's or the organization's, when (by Healthie's
 * filter word), with which statuses, in which order, and which page. An id is absent when the client left it out,
 * sent it blank or sent something unreadable; {@code reading} tells what could not be read of them.
 *
 * @param userId          whose appointments, for staff ({@code user_id})
 * @param filter          when: future (the default), upcoming, past, ended, didnt-occur or all
 * @param orderBy         DATE_ASC, DATE_DESC, CREATED_AT_ASC or CREATED_AT_DESC ({@code order_by})
 * @param shouldPaginate  whether to page by offset ({@code should_paginate})
 * @param offset          how many to skip when paging
 * @param pageSize        how many in a page ({@code page_size})
 * @param isActive        only those still to take place ({@code is_active})
 * @param withAllStatuses cancelled ones too ({@code with_all_statuses})
 * @param isOrg           the organization's, for staff naming nobody ({@code is_org})
 * @param after           the last appointment seen: the page after it ({@code after}, read from its cursor)
 * @param reading         the fields sent and what the adapter could not read
 */
public record AppointmentQuery(UserId userId, String filter, String orderBy, Boolean shouldPaginate, Integer offset,
                               Integer pageSize, Boolean isActive, Boolean withAllStatuses, Boolean isOrg,
                               AppointmentId after, Reading reading) {
}
