using System.Diagnostics;
using Monitor.Silo.Observability;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Monitor.Silo.Tests.Observability;

/// <summary>The service's log lines, rendered with its own template and enricher, carry the trace they were written in.</summary>
public sealed class TraceIdLoggingTests
{
    [Fact]
    public void A_line_written_inside_a_trace_carries_its_trace_id_and_one_outside_carries_none()
    {
        var sink = new RenderingSink();
        using var logger = new LoggerConfiguration().Enrich.With<TraceIdEnricher>().WriteTo.Sink(sink).CreateLogger();

        using (var activity = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            logger.Information("Recorded {Count} statements", 3);
            var (line, properties) = sink.Lines.Single();
            Assert.EndsWith($" {activity.TraceId.ToHexString()}", line.TrimEnd());
            Assert.Equal($"\"{activity.TraceId.ToHexString()}\"", properties[TraceIdEnricher.TraceIdProperty]);
            Assert.Equal($"\"{activity.SpanId.ToHexString()}\"", properties[TraceIdEnricher.SpanIdProperty]);
        }

        logger.Information("Started");
        var (outside, outsideProperties) = sink.Lines[^1];
        Assert.False(outsideProperties.ContainsKey(TraceIdEnricher.TraceIdProperty));
        Assert.EndsWith("Started", outside.TrimEnd());
    }

    private sealed class RenderingSink : ILogEventSink
    {
        private readonly MessageTemplateTextFormatter _formatter = new(MonitorHost.LogTemplate);

        public List<(string Line, IReadOnlyDictionary<string, string> Properties)> Lines { get; } = [];

        public void Emit(LogEvent logEvent)
        {
            using var writer = new StringWriter();
            _formatter.Format(logEvent, writer);
            Lines.Add((writer.ToString(), logEvent.Properties.ToDictionary(p => p.Key, p => p.Value.ToString())));
        }
    }
}
