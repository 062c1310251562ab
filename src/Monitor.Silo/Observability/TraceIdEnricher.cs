using System.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace Monitor.Silo.Observability;

/// <summary>
/// Puts the current trace and span ids on every log event as properties, so a log line can be followed to its
/// trace (and the trace's other lines found) in whatever sink the configuration adds, not only the console's
/// template. Lines written outside any trace (start-up, timers) carry none.
/// </summary>
public sealed class TraceIdEnricher : ILogEventEnricher
{
    public const string TraceIdProperty = "TraceId";
    public const string SpanIdProperty = "SpanId";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (Activity.Current is not { } activity) return;
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(TraceIdProperty, activity.TraceId.ToHexString()));
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(SpanIdProperty, activity.SpanId.ToHexString()));
    }
}
