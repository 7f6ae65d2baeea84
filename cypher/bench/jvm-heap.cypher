// The database's JVM heap, from its own management bean: used and committed bytes right now.
CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
RETURN attributes.HeapMemoryUsage.value.properties.used AS used,
       attributes.HeapMemoryUsage.value.properties.committed AS committed,
       attributes.HeapMemoryUsage.value.properties.max AS max
