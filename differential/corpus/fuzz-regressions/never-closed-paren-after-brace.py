0.5{
([]elseFalse