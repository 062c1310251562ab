namespace Monitor.Analysis.Evaluation;

/// <summary>The SemEval-2014 split a SICK pair belongs to.</summary>
public enum SickSplit
{
    Train,
    Trial,
    Test,
}
