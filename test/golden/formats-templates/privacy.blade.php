@extends('layouts.app')
{{-- Reviewed by legal --}}
@section('content')
<h1>@lang('Privacy policy')</h1>
<p>{{ config('app.name') }} keeps your data as long as necessary. Write to privacy@acmeanalytics.eu.</p>
@if($showTransfers)
<p>Transfers rely on the EU-U.S. Privacy Shield.</p>
@endif
<p>{!! $extra !!}</p>
@endsection
