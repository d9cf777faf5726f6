package org.caregate.it.jms.probe;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts, per probe id, how often each consumer saw a message. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProbeLedger {

    private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();

    public void record(String consumer, String probeId) {
        deliveries.merge(consumer + ":" + probeId, 1, Integer::sum);
    }

    public int count(String consumer, String probeId) {
        return deliveries.getOrDefault(consumer + ":" + probeId, 0);
    }
}
