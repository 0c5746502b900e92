"""The people of a series: roster files and their columns, finding someone at the door, who
is in the room, interpretation, and each person's rights over what is held about them."""
