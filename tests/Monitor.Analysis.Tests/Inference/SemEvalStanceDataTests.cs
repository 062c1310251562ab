using System.Text;
using Monitor.Abstractions;
using Monitor.Analysis.Evaluation;
using Monitor.Analysis.Inference;

namespace Monitor.Analysis.Tests.Inference;

/// <summary>The reader of the benchmark's file format, on lines written here in that format.</summary>
public sealed class SemEvalStanceDataTests
{
    [Fact]
    public void Rows_give_target_text_and_stance_without_the_task_hashtag()
    {
        var content = "ID\tTarget\tText\tStance\tOpinion\tSentiment\r\n" +
            "1\tHarbour Tunnel\tBuild the tunnel now! #SemST\tFAVOR\tTARGET\tPOSITIVE\r\n" +
            "2\tHarbour Tunnel\tThe tunnel is a waste #SemST\tAGAINST\tTARGET\tNEGATIVE\r\n" +
            "3\tFour-Day Week\tLunch is at noon #SemST\tNONE\tNO ONE\tNEITHER\r\n";

        var rows = SemEvalStanceData.Parse(content);

        StanceExample[] expected =
        [
            new("Harbour Tunnel", "Build the tunnel now!", Stance.Support),
            new("Harbour Tunnel", "The tunnel is a waste", Stance.Oppose),
            new("Four-Day Week", "Lunch is at noon", Stance.Neutral),
        ];
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void An_unknown_stance_label_is_an_error_naming_the_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => SemEvalStanceData.Parse("ID\tTarget\tText\tStance\n1\tX\tsome text\tMAYBE\n"));

        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_is_read_as_Windows_1252()
    {
        var path = Path.GetTempFileName();
        try
        {
            // 0x92 is the right single quote in Windows-1252 and an invalid byte in UTF-8.
            var bytes = Encoding.ASCII.GetBytes("ID\tTarget\tText\tStance\r\n1\tHarbour Tunnel\tit")
                .Append((byte)0x92).Concat(Encoding.ASCII.GetBytes("s grand\tFAVOR\r\n")).ToArray();
            await File.WriteAllBytesAsync(path, bytes);

            var rows = await SemEvalStanceData.ReadAsync(path, CancellationToken.None);

            Assert.Equal("it\u2019s grand", rows.Single().Text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
