namespace Monitor.Analysis.Evaluation;

/// <summary>Held-out alerts: statement pairs raised on flagged and other pairs, and flagged document pairs found of those weighed.</summary>
public sealed record AlertCrossValidation(int RaisedOnFlagged, int RaisedOnOthers, int FlaggedFound, int FlaggedWeighed)
{
    public double Precision => RaisedOnFlagged + RaisedOnOthers == 0 ? 0 : (double)RaisedOnFlagged / (RaisedOnFlagged + RaisedOnOthers);

    public double Recall => FlaggedWeighed == 0 ? 0 : (double)FlaggedFound / FlaggedWeighed;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        $"P {Precision:F3} ({RaisedOnFlagged} of {RaisedOnFlagged + RaisedOnOthers} raised on flagged pairs), R {Recall:F3} ({FlaggedFound} of {FlaggedWeighed} flagged pairs weighed), F1 {F1:F3}";
}
