namespace MeetingBot.Core.Calendar;

/// <summary>What a member said about coming to a meeting, whatever channel they said it in.</summary>
public enum RsvpAnswer
{
    Attending,
    Tentative,
    NotAttending,
}

/// <summary>Where a reply was given: a card in Teams, or the Outlook invitation.</summary>
public enum RsvpSource
{
    Teams,
    Outlook,
}
