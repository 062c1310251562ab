using Monitor.Analysis.Nli;

namespace Monitor.Analysis.Evaluation;

/// <summary>Reads SICK.txt: tab separated, a header line, label in column 4 and split in column 12.</summary>
public static class SickData
{
    public static IEnumerable<SickRow> Read(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < 12) continue;
            var label = cells[3] switch
            {
                "ENTAILMENT" => NliLabel.Entailment,
                "CONTRADICTION" => NliLabel.Contradiction,
                _ => NliLabel.Neutral,
            };
            var split = cells[11] switch
            {
                "TRAIN" => SickSplit.Train,
                "TRIAL" => SickSplit.Trial,
                _ => SickSplit.Test,
            };
            yield return new SickRow(cells[0], new NliPair(cells[1], cells[2], label), split);
        }
    }
}
